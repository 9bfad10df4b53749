fn main() {
    let nothing = None;
    println!("{}", nothing.is_some());
}
