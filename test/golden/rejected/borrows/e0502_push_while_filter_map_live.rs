fn main() {
    let mut v = vec![1, 2, 3];
    let evens = v.iter().filter_map(|x| if x % 2 == 0 { Some(x * 10) } else { None });
    v.push(4);
    println!("{}", evens.count());
}
