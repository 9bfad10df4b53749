use std::fmt::Display;

fn main() {
    let s: &str = "hello";
    let boxed: Box<str> = String::from("owned").into_boxed_str();
    let slice: &[i32] = &[1, 2, 3];
    let shown: &dyn Display = &7;
    let ref whole: [i32; 2] = [4, 5];
    println!("{s} {boxed} {} {shown} {}", slice.len(), whole.len());
}
