fn main() {
    let s = String::from("ab");
    let t = s * 2;
    println!("{}", t);
}
