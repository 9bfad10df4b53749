fn main() {
    let mut names = vec![vec!["a", "b"], vec!["c"]];
    let flat: Vec<&str> = names.iter().flatten().copied().collect();
    let maybe = vec![Some("x"), None];
    let present: Vec<&str> = maybe.iter().flatten().copied().collect();
    names.clear();
    println!("{:?} {:?} {:?}", flat, present, names);
}
