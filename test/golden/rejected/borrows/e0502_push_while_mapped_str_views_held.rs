fn main() {
    let mut names = vec![String::from("ada"), String::from("bob")];
    let views: Vec<&str> = names.iter().map(|n| n.as_str()).collect();
    names.push(String::from("cy"));
    println!("{:?}", views);
}
