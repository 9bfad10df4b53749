fn main() {
    let name: Option<String> = Some(String::from("x"));
    println!("{}", name.len());
}
