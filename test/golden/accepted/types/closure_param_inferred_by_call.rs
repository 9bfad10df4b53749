fn main() {
    let f = |x| x;
    println!("{}", f(3));
}
