fn main() {
    let parse = |s: &str| -> i32 { s.len() };
    println!("{}", parse("abc"));
}
