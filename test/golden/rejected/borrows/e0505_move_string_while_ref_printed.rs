fn main() {
    let s = String::from("hello");
    let r = &s;
    let moved = s;
    println!("{} {}", r, moved);
}
