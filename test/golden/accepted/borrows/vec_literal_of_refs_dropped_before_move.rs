fn main() {
    let s = String::from("a");
    let refs = vec![&s, &s];
    println!("{:?}", refs);
    let moved = s;
    println!("{}", moved);
}
