// `join` with one element as the separator clones it between the parts, into a buffer of the exact total length.
fn main() {
    let rows = [vec![1u32, 2], vec![3], vec![4, 5]];
    let flat = rows.join(&0);
    println!("{:?} cap {}", flat, flat.capacity());
    let none: [Vec<u8>; 0] = [];
    let empty = none.join(&9);
    println!("{:?} cap {}", empty, empty.capacity());
}
