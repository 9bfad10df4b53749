fn main() {
    let s = String::from("5");
    let n: i32 = s.parse().unwrap();
    println!("{}", n);
}
