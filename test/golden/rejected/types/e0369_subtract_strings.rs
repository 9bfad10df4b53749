fn main() {
    let a = String::from("ab");
    let b = String::from("b");
    let c = a - b;
    println!("{}", c);
}
