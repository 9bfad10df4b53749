fn shifter(up: bool) -> Box<dyn Fn(i64) -> i64> {
    let offset = 7;
    if up {
        Box::new(|n| n + offset)
    } else {
        Box::new(|n| n - 1)
    }
}
fn main() {
    let f = shifter(true);
    println!("{}", f(35));
}
