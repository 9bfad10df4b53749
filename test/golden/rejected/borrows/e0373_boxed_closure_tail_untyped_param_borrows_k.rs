fn times(k: u32) -> Box<dyn Fn(u32) -> u32> {
    Box::new(|x| x * k)
}
fn main() {
    let triple = times(3);
    println!("{}", triple(14));
}
