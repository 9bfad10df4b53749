fn main() {
    let parts: Vec<&str>;
    parts = String::from("a b").split(' ').collect();
    println!("{:?}", parts);
}
