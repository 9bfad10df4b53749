fn main() {
    let o = Some(3);
    let n = match o {
        Some(n) => n,
        None => 0,
    };
    println!("{}", n);
}
