fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let mut out = Vec::new();
    for n in names.iter() {
        out.push(*n);
    }
    println!("{}", out.len());
}
