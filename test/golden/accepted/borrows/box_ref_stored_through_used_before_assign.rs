fn main() {
    let mut x = 1;
    let mut b: Box<&i32> = Box::new(&0);
    *b = &x;
    println!("{}", b);
    x = 2;
    println!("{}", x);
}
