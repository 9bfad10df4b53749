fn main() {
    let x: Option<i32> = Some(2);
    match x {
        Some(v) => println!("{}", v),
    }
}
