// const and static items, including arrays and a const fn-free computation.
const LIMIT: u32 = 3;
const NAMES: [&str; 3] = ["zero", "one", "two"];
static GREETING: &str = "hello";
static mut COUNTER: u32 = 0;
const SQUARES: [u64; 4] = [0, 1, 4, 9];
fn bump() -> u32 {
    unsafe {
        COUNTER += 1;
        COUNTER
    }
}
fn main() {
    for i in 0..LIMIT {
        println!("{} {}", i, NAMES[i as usize]);
    }
    println!("{} {}", GREETING, GREETING.len());
    bump();
    bump();
    println!("counter {}", bump());
    println!("{:?} {}", SQUARES, SQUARES.iter().sum::<u64>());
    println!("{}", u8::MAX as u32 + LIMIT);
}
