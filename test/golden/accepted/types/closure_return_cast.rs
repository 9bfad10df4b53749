fn main() {
    let parse = |s: &str| -> i32 { s.len() as i32 };
    println!("{}", parse("abc"));
}
