fn main() {
    let x = 5;
    println!("{}", x);
    let x = 6;
    println!("{}", x);
}
