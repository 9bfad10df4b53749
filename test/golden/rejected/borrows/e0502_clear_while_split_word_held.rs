fn main() {
    let mut text = String::from("hello world");
    let word = text.split(' ').next().unwrap();
    text.clear();
    println!("{}", word);
}
