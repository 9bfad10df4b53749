fn main() {
    let add = |a: i32, b: i32| a + b;
    let a = 4;
    println!("{}", add(1, 2) + a);
}
