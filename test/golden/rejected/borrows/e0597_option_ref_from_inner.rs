fn main() {
    let mut best: Option<&String> = None;
    {
        let s = String::from("a");
        best = Some(&s);
    }
    println!("{:?}", best);
}
