fn main() {
    let mut names: Vec<&str> = Vec::new();
    names.push(String::from("a").as_str());
    println!("{:?}", names);
}
