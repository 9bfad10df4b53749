trait Scale {
    fn factor(by: u32) -> u32;
}
struct Meter;
impl Scale for Meter { fn factor(by: u32) -> u32 { by * 100 } }
fn main() {
    let f = 3;
    println!("{}", Scale::factor(f) + 1);
}
