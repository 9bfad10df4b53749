// Box::new of a 16 MiB array: the array is built on the stack before it moves to the heap.
fn main() {
    let b = Box::<[u64; 2 * 1024 * 1024]>::try_from(vec![1u64; 2 * 1024 * 1024].into_boxed_slice()).unwrap();
    println!("{}", b.len());
}
