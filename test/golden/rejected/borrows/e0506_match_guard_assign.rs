fn main() {
    let mut current = Some(String::from("a"));
    if let Some(s) = &current {
        current = None;
        println!("{}", s);
    }
}
