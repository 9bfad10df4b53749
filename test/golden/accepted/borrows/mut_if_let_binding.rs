fn main() {
    let o = Some(3);
    if let Some(mut n) = o {
        n *= 2;
        println!("{}", n);
    }
}
