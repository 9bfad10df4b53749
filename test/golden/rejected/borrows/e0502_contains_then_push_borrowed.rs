fn main() {
    let mut names = vec![String::from("a")];
    let first = &names[0];
    if !names.contains(first) {
        names.push(first.clone());
    }
    names.push(String::from("b"));
    println!("{}", first);
}
