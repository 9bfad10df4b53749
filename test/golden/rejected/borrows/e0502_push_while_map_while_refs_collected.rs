fn main() {
    let mut v = vec![String::from("a"), String::from(""), String::from("b")];
    let head: Vec<&String> = v.iter().map_while(|s| if s.is_empty() { None } else { Some(s) }).collect();
    v.push(String::from("c"));
    println!("{:?}", head);
}
