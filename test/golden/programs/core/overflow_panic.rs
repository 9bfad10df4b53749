// Debug builds check integer overflow: this addition panics.
fn add(a: u8, b: u8) -> u8 {
    a + b
}
fn main() {
    println!("{}", add(100, 100));
    println!("{}", add(200, 100));
    println!("not reached");
}
