fn main() {
    let mut names: Vec<String> = Vec::new();
    names.push(String::from("a"));
    println!("{:?}", names);
}
