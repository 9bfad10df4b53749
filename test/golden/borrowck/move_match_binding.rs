// A `match` that binds a String by value moves it out of the Option.
fn main() {
    let opt = Some(String::from("inside"));
    match opt {
        Some(s) => println!("{}", s),
        None => println!("none"),
    }
    println!("{:?}", opt);
}
