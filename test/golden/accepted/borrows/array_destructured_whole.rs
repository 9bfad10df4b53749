fn main() {
    let names = [String::from("a"), String::from("b")];
    let [first, second] = names;
    let pairs = [(String::from("c"), 1)];
    let (name, n) = &pairs[0];
    println!("{} {} {} {}", first, second, name, n);
}
