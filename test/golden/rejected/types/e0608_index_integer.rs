fn main() {
    let n = 1234;
    println!("{}", n[0]);
}
