fn main() {
    let a = String::from("left");
    let b = "right";
    let c = a + b;
    println!("{}", c);
}
