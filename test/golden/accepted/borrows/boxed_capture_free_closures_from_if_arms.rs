fn op(add: bool) -> Box<dyn Fn(i32, i32) -> i32> {
    let unused = 5;
    let _ = unused;
    if add {
        Box::new(|a, b| a + b)
    } else {
        Box::new(|a, b| a * b)
    }
}
fn main() {
    println!("{} {}", op(true)(3, 4), op(false)(3, 4));
}
