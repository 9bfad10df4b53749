fn main() {
    let v = vec![1, 2, 3];
    let mut cap = 2;
    let under = v.iter().map_while(|x| if *x <= cap { Some(x * 10) } else { None });
    cap = 5;
    println!("{} {}", under.count(), cap);
}
