// Removing from a B-tree: an underfull node steals from a sibling or merges with it (the merged
// node is freed), and a root left with no keys gives way to its only child.
use std::collections::{BTreeMap, BTreeSet};

fn lcg(state: &mut u64) -> u64 {
    *state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *state >> 33
}

fn main() {
    let mut map: BTreeMap<u32, u64> = BTreeMap::new();
    for k in 0..60 {
        map.insert(k, k as u64 * 3);
    }
    // From the front, from the back, then from the middle until nothing is left.
    for k in 0..10 {
        map.remove(&k);
    }
    println!("after the front: {} left, first {:?}", map.len(), map.first_key_value());
    while map.len() > 30 {
        let last = map.pop_last();
        if map.len() % 5 == 0 {
            println!("popped {:?}", last);
        }
    }
    let mut middle = 25;
    while !map.is_empty() {
        if map.remove(&middle).is_none() {
            let first = *map.keys().next().unwrap();
            map.remove(&first);
        }
        middle += 1;
    }
    println!("empty: {}", map.is_empty());
    map.insert(5, 5);
    println!("{:?}", map);

    let mut set: BTreeSet<u32> = BTreeSet::new();
    let mut state = 11u64;
    let mut keys = Vec::new();
    for _ in 0..120 {
        let k = (lcg(&mut state) % 500) as u32;
        set.insert(k);
        keys.push(k);
    }
    println!("set of {}", set.len());
    for (i, k) in keys.iter().enumerate() {
        if i % 3 != 0 {
            set.remove(k);
        }
    }
    println!("kept {}", set.len());
    set.retain(|k| k % 2 == 0);
    println!("even {}", set.len());
    while let Some(k) = set.pop_first() {
        if set.len() < 3 {
            println!("popped {}", k);
        }
    }
    set.clear();
    println!("done {}", set.len());
}
