fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let back: Vec<&str> = v.iter().rev().map(|s| s.as_str()).collect();
    v.push(String::from("c"));
    println!("{:?}", back);
}
