fn main() {
    let base: u16 = 40;
    let extra: Option<u16> = Some(2);
    let sum = base + extra.unwrap_or(0);
    let again = base + &sum;
    println!("{sum} {again}");
}
