fn main() {
    let mut n = 1;
    let m = n + 1;
    let r = &mut n;
    *r = m;
    println!("{}", n);
}
