fn main() {
    let base: u16 = 40;
    let extra: Option<u16> = Some(2);
    let sum = base + extra;
    println!("{sum}");
}
