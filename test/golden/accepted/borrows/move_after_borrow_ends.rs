fn consume(s: String) {
    println!("{}", s);
}

fn main() {
    let s = String::from("x");
    let r = &s;
    println!("{}", r);
    consume(s);
}
