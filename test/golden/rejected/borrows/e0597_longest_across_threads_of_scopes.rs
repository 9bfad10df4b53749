fn main() {
    let outer: &str;
    {
        let s = String::from("inner");
        outer = s.as_str();
    }
    println!("{}", outer);
}
