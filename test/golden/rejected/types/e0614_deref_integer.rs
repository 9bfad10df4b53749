fn main() {
    let n = 5;
    let m = *n;
    println!("{}", m);
}
