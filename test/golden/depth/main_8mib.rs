// Recursion without a base case: each level keeps an 800-byte array, so main's 8 MiB stack holds
// about ten thousand levels. The depth is printed every 100 levels until the stack overflows.
fn dive(depth: u64) -> u64 {
    let pad = [depth as u8; 800];
    if depth % 100 == 0 {
        println!("{}", depth);
    }
    dive(depth + 1) + pad[depth as usize % 800] as u64
}

fn main() {
    println!("{}", dive(1));
}
