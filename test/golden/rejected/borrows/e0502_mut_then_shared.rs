fn main() {
    let mut n = 5;
    let m = &mut n;
    println!("{}", n);
    *m += 1;
}
