fn main() {
    let c: char = "x";
    println!("{}", c);
}
