fn main() {
    let o: Option<Option<u8>> = Some(None);
    match o {
        Some(Some(n)) => println!("{}", n),
        Some(None) => println!("inner none"),
        None => println!("none"),
    }
}
