fn main() {
    let s = String::from("ab");
    let t = s.repeat(2);
    println!("{}", t);
}
