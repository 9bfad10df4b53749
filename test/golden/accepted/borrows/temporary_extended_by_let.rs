fn main() {
    let s: &String = &String::from("a");
    println!("{}", s);
}
