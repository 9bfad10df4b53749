fn main() {
    let mut name: Option<String> = Some(String::from("a"));
    let r = name.as_ref().unwrap();
    name = None;
    println!("{}", r);
}
