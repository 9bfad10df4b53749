fn main() {
    let x = 1.5f64;
    let r = &x;
    let n = r as f32;
    println!("{}", n);
}
