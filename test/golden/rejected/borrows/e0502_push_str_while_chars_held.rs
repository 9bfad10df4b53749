fn main() {
    let mut text = String::from("hello");
    let mut letters = text.chars();
    text.push_str(" world");
    println!("{:?}", letters.next());
}
