fn main() {
    let mut names: Vec<String> = Vec::new();
    names.push("bob".to_string());
    names.push(String::from("al"));
    println!("{}", names.len());
}
