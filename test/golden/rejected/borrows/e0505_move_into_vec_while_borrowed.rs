fn main() {
    let name = String::from("ana");
    let view = &name;
    let mut list = Vec::new();
    list.push(name);
    println!("{} {}", view, list.len());
}
