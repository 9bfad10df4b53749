fn main() {
    let n = 2;
    let word: &str;
    match n {
        1 => word = "one",
        2 => word = "two",
        _ => word = "many",
    }
    println!("{}", word);
}
