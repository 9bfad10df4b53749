fn main() {
    let n = 3;
    let word = match n {
        1 => "one",
        2 => "two",
        _ => "many",
    };
    println!("{}", word);
}
