fn main() {
    let mut k = 2u32;
    let scaled = (0..3).map(|i| i * k);
    k += 1;
    let total: u32 = scaled.sum();
    println!("{} {}", total, k);
}
