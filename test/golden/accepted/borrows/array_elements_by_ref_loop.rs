fn main() {
    let words = [String::from("a"), String::from("b")];
    let mut out = Vec::new();
    for i in 0..2 {
        out.push(&words[i]);
    }
    println!("{:?}", out);
}
