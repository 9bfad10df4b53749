fn main() {
    let n: Option<i32> = Some(4);
    println!("{}", n.unwrap());
}
