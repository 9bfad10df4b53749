// Slicing a String in the middle of a multi-byte character panics with std's message.
fn main() {
    let s = String::from("héllo");
    println!("{} {}", &s[0..1], &s[3..]);
    println!("{}", &s[0..2]);
}
