fn main() {
    let s = String::from("a");
    let r = &s;
    println!("{}", r);
    let f = move || println!("{}", s);
    f();
}
