fn main() {
    let word = "yes";
    match word {
        1 => println!("one"),
        _ => println!("other"),
    }
}
