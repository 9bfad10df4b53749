fn main() {
    let v = vec![String::from("a")];
    let first = v[0].clone();
    for s in v {
        println!("{}", s);
    }
    println!("{}", first);
}
