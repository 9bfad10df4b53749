fn main() {
    let mut k = 2u32;
    let scaled = (0..3).map(|i| i * k);
    let total: u32 = scaled.sum();
    k += 1;
    let mut kept = Some(|x: u32| x + k);
    if let Some(f) = kept.take() {
        println!("{}", f(1));
    }
    k += 1;
    println!("{} {} {}", total, k, kept.is_none());
}
