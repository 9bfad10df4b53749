fn main() {
    let mut b = Box::new(1);
    let r = &*b;
    println!("{}", r);
    *b = 2;
    println!("{}", b);
}
