fn main() {
    let mut limit = 3;
    let v = vec![1, 2, 3, 4];
    let under = v.iter().filter_map(|x| if *x < limit { Some(x) } else { None });
    limit = 10;
    println!("{} {}", under.count(), limit);
}
