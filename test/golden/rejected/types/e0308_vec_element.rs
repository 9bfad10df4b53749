fn main() {
    let mut names: Vec<String> = Vec::new();
    names.push("bob");
    println!("{}", names.len());
}
