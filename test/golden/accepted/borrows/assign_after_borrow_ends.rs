fn main() {
    let mut x = 5;
    let r = &x;
    println!("{}", r);
    x = 6;
    println!("{}", x);
}
