fn main() {
    let pair = (true, false);
    match pair {
        (true, true) => println!("both"),
        (false, _) => println!("first false"),
        (true, false) => println!("only first"),
    }
}
