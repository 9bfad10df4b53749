fn main() {
    let o = Some(3);
    if let Some(n) = o {
        n = n * 2;
        println!("{}", n);
    }
}
