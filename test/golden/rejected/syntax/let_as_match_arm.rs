fn main() {
    let level = 2;
    match level {
        0 => println!("zero"),
        _ => let other = level,
    }
}
