fn main() {
    let o = Some(3);
    match o {
        Some(n) => println!("{}", n),
        None => {}
    }
    println!("{}", n);
}
