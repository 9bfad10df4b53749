// Box::new of a 16 MiB array: the array is built on the stack before it moves to the heap.
fn main() {
    let b = Box::new([1u64; 2 * 1024 * 1024]);
    println!("{}", b.len());
}
