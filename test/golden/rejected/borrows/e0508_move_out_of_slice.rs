fn first(items: &[String]) -> String {
    let s = items[0];
    s
}

fn main() {
    println!("{}", first(&[String::from("x")]));
}
