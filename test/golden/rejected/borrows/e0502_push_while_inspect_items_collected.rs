fn main() {
    let mut v = vec![String::from("a"), String::from("b")];
    let seen: Vec<&String> = v.iter().inspect(|s| println!("{}", s)).collect();
    v.push(String::from("c"));
    println!("{:?}", seen);
}
