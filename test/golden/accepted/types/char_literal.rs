fn main() {
    let c: char = 'x';
    let s: &str = "x";
    println!("{} {}", c, s);
}
