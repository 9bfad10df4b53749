// std::hint::black_box keeps the optimiser from folding the recursion away; to the program it is
// the identity, so the depth and the sum are the plain recursive ones.
use std::hint::black_box;

fn depth(n: u64) -> u64 {
    if n == 0 {
        0
    } else {
        black_box(depth(n - 1)) + 1
    }
}

fn sum_to(n: u32) -> u32 {
    let here = black_box(n);
    if here == 0 { 0 } else { here + sum_to(here - 1) }
}

fn main() {
    println!("depth {}", depth(black_box(25)));
    println!("sum {}", sum_to(10));
    let v = black_box(vec![1u8, 2, 3]);
    println!("{:?} has {} bytes", v, v.len());
}
