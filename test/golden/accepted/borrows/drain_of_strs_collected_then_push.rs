fn main() {
    let mut v = vec!["a", "b"];
    let taken: Vec<&str> = v.drain(..).collect();
    v.push("c");
    println!("{:?} {:?}", taken, v);
}
