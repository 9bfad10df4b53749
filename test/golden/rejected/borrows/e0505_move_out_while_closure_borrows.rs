fn main() {
    let s = String::from("x");
    let len = || s.len();
    let moved = s;
    println!("{} {}", len(), moved);
}
