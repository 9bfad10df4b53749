fn main() {
    let n: i32;
    let f = || n + 1;
    println!("{}", f());
}
