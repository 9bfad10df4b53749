fn main() {
    let mut names: Vec<&String> = Vec::new();
    for i in 0..3 {
        let name = format!("n{}", i);
        names.push(&name);
    }
    println!("{:?}", names);
}
