fn main() {
    let s: str = *"hello";
    println!("{}", s.len());
}
