fn pick(flag: bool) -> Box<dyn Fn() -> i32> {
    let base = 10;
    if flag {
        Box::new(|| base + 1)
    } else {
        Box::new(|| base - 1)
    }
}
fn main() {
    println!("{}", pick(true)());
}
