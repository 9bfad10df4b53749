fn main() {
    let mut current = Some(String::from("a"));
    if let Some(s) = current.clone() {
        current = None;
        println!("{} {:?}", s, current);
    }
}
