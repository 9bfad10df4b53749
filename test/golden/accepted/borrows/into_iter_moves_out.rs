fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let mut out = Vec::new();
    for n in names {
        out.push(n);
    }
    println!("{}", out.len());
}
