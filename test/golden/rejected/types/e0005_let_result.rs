fn main() {
    let r: Result<i32, String> = Ok(3);
    let Ok(n) = r;
    println!("{}", n);
}
