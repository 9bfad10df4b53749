// Associated constants of generic types are not modelled yet.
struct Buffer<T> {
    items: Vec<T>,
}
impl<T> Buffer<T> {
    const LIMIT: usize = 4;
}
fn main() {
    let b: Buffer<u8> = Buffer { items: vec![] };
    println!("{} {}", Buffer::<u8>::LIMIT, b.items.len());
}
