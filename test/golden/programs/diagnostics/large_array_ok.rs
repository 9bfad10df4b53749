// A 64 KiB array in main's frame and a Box::new of another (both fit in 8 MiB, both are reported
// as warnings); vec! and a small array are not reported.
const N: usize = 64 * 1024;

fn checksum(data: &[u8]) -> u32 {
    data.iter().map(|&b| b as u32).sum()
}

fn main() {
    let on_stack = [1u8; N];
    let boxed = Box::new([2u8; N]);
    let on_heap = vec![3u8; N];
    let small = [4u8; 16];
    println!("{} {} {} {}", checksum(&on_stack), checksum(&boxed[..]), checksum(&on_heap), checksum(&small));
}
