fn main() {
    let n: i32 = 5;
    let m = -n;
    println!("{}", m);
}
