fn main() {
    let mut a = 1;
    let mut b = 2;
    let ra = &a;
    a = b;
    b = *ra;
    println!("{} {}", a, b);
}
