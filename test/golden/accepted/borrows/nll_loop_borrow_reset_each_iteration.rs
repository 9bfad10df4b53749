fn main() {
    let mut buf = String::new();
    for w in ["a", "b"] {
        let view = &buf;
        println!("{}", view.len());
        buf.push_str(w);
    }
    println!("{}", buf);
}
