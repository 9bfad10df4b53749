// Enum constructors and `Box::new` are calls: their arguments move.
fn main() {
    let s = String::from("s");
    let o = Some(s);
    println!("{}", s.len());

    let v = vec![1, 2];
    let b = Box::new(v);
    println!("{:?} {:?}", v, o);
    println!("{:?}", b);
}
