fn main() {
    let s = String::from("a");
    let mut best: Option<&String> = None;
    if !s.is_empty() {
        best = Some(&s);
    }
    println!("{:?}", best);
}
