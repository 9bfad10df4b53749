fn main() {
    let n = 5i32;
    let r = &n;
    let m = *r as i64;
    println!("{}", m);
}
