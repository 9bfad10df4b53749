fn main() {
    let mut n = 1;
    let r = &mut n;
    let again = &mut *r;
    *again += 1;
    *r += 1;
    println!("{}", n);
}
