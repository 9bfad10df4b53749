fn main() {
    let o = Some(String::from("a"));
    let inner = o.as_ref();
    let moved = o;
    println!("{:?} {:?}", inner, moved);
}
