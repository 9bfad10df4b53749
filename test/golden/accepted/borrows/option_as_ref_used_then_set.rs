fn main() {
    let mut name: Option<String> = Some(String::from("a"));
    if let Some(r) = name.as_ref() {
        println!("{}", r);
    }
    name = None;
    println!("{:?}", name);
}
