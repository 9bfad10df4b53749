fn main() {
    let mut ages = HashMap::new();
    ages.insert("ana", 30);
    println!("{:?}", ages.get("ana"));
}
