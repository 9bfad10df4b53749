fn main() {
    let a = 5;
    let b = 2.5;
    let c = a as f64 + b;
    println!("{}", c);
}
