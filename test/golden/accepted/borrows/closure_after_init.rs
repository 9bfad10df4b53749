fn main() {
    let n: i32;
    n = 4;
    let f = || n + 1;
    println!("{}", f());
}
