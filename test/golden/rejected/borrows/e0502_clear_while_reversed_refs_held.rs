fn main() {
    let mut items = vec![String::from("a"), String::from("b")];
    let backwards = items.iter().rev().collect::<Vec<&String>>();
    items.clear();
    println!("{:?}", backwards);
}
