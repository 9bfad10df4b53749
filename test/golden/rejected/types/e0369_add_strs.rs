fn main() {
    let a = "left";
    let b = "right";
    let c = a + b;
    println!("{}", c);
}
