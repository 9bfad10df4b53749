fn main() {
    let nothing: Option<u8> = None;
    println!("{}", nothing.is_some());
}
