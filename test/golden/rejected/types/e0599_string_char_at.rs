fn main() {
    let s = String::from("hey");
    println!("{}", s.char_at(0));
}
