// std's String::clone_from keeps the destination's buffer when it is large enough; replacing the
// value with a fresh clone would show an allocation the real program never makes.
fn main() {
    let template = String::from("abc");
    let mut line = String::with_capacity(16);
    line.clone_from(&template);
    println!("{line} {}", line.capacity());
}
