fn main() {
    let mut a = [1, 2, 3];
    let first = a[0];
    a[0] = 10;
    println!("{} {:?}", first, a);
}
