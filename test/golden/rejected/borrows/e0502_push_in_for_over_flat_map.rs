fn main() {
    let mut names = vec![String::from("ab"), String::from("c")];
    for c in names.iter().flat_map(|s| s.chars()) {
        if c == 'c' {
            names.push(String::from("d"));
        }
    }
    println!("{}", names.len());
}
