fn main() {
    let s = String::from("a");
    let refs = vec![&s, &s];
    let moved = s;
    println!("{:?} {}", refs, moved);
}
