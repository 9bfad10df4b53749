fn main() {
    let mut v = vec![String::from("a1"), String::from("b")];
    let found = v.iter().find_map(|s| if s.len() > 1 { Some(s) } else { None });
    v.push(String::from("c"));
    println!("{:?}", found);
}
