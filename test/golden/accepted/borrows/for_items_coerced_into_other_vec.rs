fn main() {
    let mut words = vec!["x", "yy"];
    let mut out: Vec<&str> = Vec::new();
    for w in words.iter() {
        out.push(w);
    }
    words.push("z");
    println!("{:?} {:?}", out, words);
}
