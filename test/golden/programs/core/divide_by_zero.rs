// Division by zero panics with rustc's message and location.
fn divide(a: i32, b: i32) -> i32 {
    a / b
}
fn main() {
    let values = [4, 2, 0];
    for v in values {
        println!("12 / {} = {}", v, divide(12, v));
    }
}
