fn main() {
    let count = 7;
    let text: String = count.into();
    println!("{}", text);
}
