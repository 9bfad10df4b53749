fn f() -> Box<dyn Fn(i32) -> i32> {
    Box::new(|a, b| a + b)
}
fn main() {
    println!("{}", f()(1));
}
