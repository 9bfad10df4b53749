fn main() {
    let o: Option<u8> = Some(3);
    match o {
        Some(3) => println!("three"),
        _ => println!("other"),
    }
}
