fn main() {
    let n = 5;
    let r = &n;
    let m = *r;
    println!("{}", m);
}
