fn main() {
    let word = "yes";
    match word {
        "yes" => println!("one"),
        _ => println!("other"),
    }
}
