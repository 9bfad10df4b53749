fn main() {
    let s = String::from("5");
    let n = s as i32;
    println!("{}", n);
}
