fn main() {
    let s = "a";
    let t = -s;
    println!("{}", t);
}
