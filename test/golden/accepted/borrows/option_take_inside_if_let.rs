fn main() {
    let mut current = Some(String::from("a"));
    if let Some(s) = current.take() {
        println!("{} {:?}", s, current);
    }
}
