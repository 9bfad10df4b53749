fn main() {
    let mut names = vec![String::from("ab"), String::from("c")];
    let letters: String = names.iter().flat_map(|s| s.chars()).collect();
    names.push(letters);
    println!("{:?}", names);
}
