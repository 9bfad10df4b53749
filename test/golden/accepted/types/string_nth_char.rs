fn main() {
    let s = String::from("hey");
    println!("{:?}", s.chars().nth(0));
}
