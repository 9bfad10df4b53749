fn main() {
    let names = [String::from("a"), String::from("b")];
    let first = names[0];
    println!("{}", first);
}
