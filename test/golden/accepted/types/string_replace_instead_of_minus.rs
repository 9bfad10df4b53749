fn main() {
    let a = String::from("ab");
    let c = a.replace("b", "");
    println!("{}", c);
}
