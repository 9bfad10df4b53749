fn main() {
    let x: i32;
    x = 4;
    println!("{}", x);
}
