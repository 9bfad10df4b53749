// Arrays are values: `[u8; N]` is stored inline, so a big one makes a big stack frame (the main
// thread has 8 MiB, a spawned thread 2 MiB). `Box::new([0; N])` still builds the array on the
// stack first and then moves it; `vec![0; N]` allocates on the heap directly.

const N: usize = 64 * 1024;

fn checksum(data: &[u8]) -> u32 {
    data.iter().map(|&b| b as u32).sum()
}

fn main() {
    let on_stack = [1u8; N]; // 64 KiB in `main`'s frame
    let boxed = Box::new([2u8; N]); // built on the stack, then moved to the heap
    let on_heap = vec![3u8; N]; // allocated on the heap from the start
    println!("{} {} {}", checksum(&on_stack), checksum(&boxed[..]), checksum(&on_heap));
}
