fn main() {
    let n = String::from("hello").as_str().len();
    println!("{}", n);
}
