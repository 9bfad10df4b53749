fn main() {
    let s = String::from("outer");
    let outer: &str;
    {
        outer = s.as_str();
    }
    println!("{}", outer);
}
