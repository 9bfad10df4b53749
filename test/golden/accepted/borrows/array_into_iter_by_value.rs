fn main() {
    let words = [String::from("a"), String::from("b")];
    let mut out = Vec::new();
    for w in words {
        out.push(w);
    }
    println!("{:?}", out);
}
