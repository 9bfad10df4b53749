// How std's maps and sets allocate: hashbrown's table sizes and growth, B-tree leaf nodes and
// the bulk build from a sorted Vec, and which map iterators collect at their exact length.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

fn main() {
    // A full table grows on `insert` even when the key is already there.
    let mut small = HashSet::new();
    small.insert(7i32);
    small.insert(8);
    small.insert(9);
    println!("re-insert 9: {}", small.insert(9));
    // 1-byte entries get at least 16 buckets, 2-byte ones at least 8.
    let bytes: HashSet<u8> = [1, 2].into();
    let shorts: HashSet<u16> = [1].into();
    let roomy: HashSet<u8> = HashSet::with_capacity(20);
    println!("{} {} {}", bytes.len(), shorts.len(), roomy.len());
    // `entry` on a present key does not grow a full table.
    let mut counts: HashMap<u64, u64> = HashMap::new();
    for k in 0..3u64 {
        counts.insert(k, k);
    }
    *counts.entry(1).or_insert(0) += 10;
    println!("count of 1 = {}", counts[&1]);
    // `collect` reserves the lower size bound; `extend` half of it into a non-empty table.
    let squares: HashMap<u32, u32> = (0..5).map(|i| (i, i * i)).collect();
    let mut grown: HashMap<u32, u32> = HashMap::new();
    grown.insert(100, 0);
    grown.extend((0..6).map(|i| (i, i)));
    println!("{} {}", squares.len(), grown.len());
    // Hash iterators know their length but are not TrustedLen: 3 keys collect into room for 4.
    let mut keys: Vec<&u64> = counts.keys().collect();
    keys.sort();
    println!("{:?}", keys);

    // A B-tree's leaf holds 11 keys and 11 values.
    let mut wide: BTreeMap<u64, u64> = BTreeMap::new();
    wide.insert(1, 1);
    let mut narrow: BTreeMap<u8, u64> = BTreeMap::new();
    narrow.insert(1, 1);
    let mut tiny: BTreeSet<u8> = BTreeSet::new();
    tiny.insert(3);
    println!("{:?} {:?} {:?}", wide, narrow, tiny);
    // From an array: sorted in place, the last of equal keys stays.
    let last_wins = BTreeMap::from([(2u32, 1u32), (1, 2), (2, 3)]);
    println!("{:?}", last_wins);
    // `collect` gathers a Vec first, then builds the tree from it.
    let letters: BTreeSet<char> = "hello".chars().collect();
    println!("{:?}", letters);
    // B-tree iterators collect at their exact length; `range` does not know it.
    let all: Vec<&u64> = wide.keys().collect();
    let some: Vec<(&u8, &u64)> = narrow.range(0..5).collect();
    println!("{:?} {:?}", all, some);
    let more: BTreeSet<u8> = [5, 6].into();
    let union: Vec<&u8> = tiny.union(&more).collect();
    println!("{:?}", union);
}
