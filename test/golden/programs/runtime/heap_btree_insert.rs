// How a B-tree grows node by node: a leaf holds 11 keys, the 12th splits it and a new root
// (an internal node with room for 12 edges) is allocated above the two halves.
use std::collections::BTreeMap;

fn lcg(state: &mut u64) -> u64 {
    *state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *state >> 33
}

fn main() {
    let mut twelve: BTreeMap<u32, u32> = BTreeMap::new();
    for k in 1..=12 {
        twelve.insert(k, k * 10);
    }
    println!("twelve: {} entries, first {:?}", twelve.len(), twelve.first_key_value());

    let mut rising: BTreeMap<u64, u64> = BTreeMap::new();
    for k in 1..=100u64 {
        rising.insert(k, k);
    }
    println!("rising: {} entries, last {:?}", rising.len(), rising.last_key_value());

    let mut falling: BTreeMap<u64, u8> = BTreeMap::new();
    for k in (1..=100u64).rev() {
        falling.insert(k, 1);
    }
    println!("falling: {} entries, sum {}", falling.len(), falling.keys().sum::<u64>());

    let mut state = 7u64;
    let mut shuffled: BTreeMap<u16, u32> = BTreeMap::new();
    for i in 0..150u32 {
        let k = (lcg(&mut state) % 1000) as u16;
        shuffled.insert(k, i);
    }
    println!("shuffled: {} distinct keys", shuffled.len());
    let mut big_total = 0u64;
    for (k, v) in &shuffled {
        big_total += *k as u64 * *v as u64;
    }
    println!("weighted sum {}", big_total);
}
