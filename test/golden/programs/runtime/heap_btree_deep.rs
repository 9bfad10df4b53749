// A B-tree three levels deep: thousands of keys in a scrambled order, most of them removed again
// (internal keys give way to their predecessors, internal nodes merge, the root shrinks), then
// consumed from both ends and cleared.
use std::collections::{BTreeMap, BTreeSet};

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn main() {
    let mut rng = Lcg(2024);
    let mut map: BTreeMap<u32, u32> = BTreeMap::new();
    for i in 0..1500 {
        let k = (rng.next() % 5000) as u32;
        map.insert(k, i);
    }
    println!("{} keys", map.len());
    let keys: Vec<u32> = map.keys().copied().collect();
    let mut removed = 0;
    for (i, k) in keys.iter().enumerate() {
        if (i * 7) % 10 < 8 {
            map.remove(k);
            removed += 1;
        }
    }
    println!("removed {}, {} left", removed, map.len());
    let copy = map.clone();
    let mut both = copy.into_iter();
    let mut ends = 0u64;
    for _ in 0..40 {
        if let Some((k, _)) = both.next() {
            ends += k as u64;
        }
        if let Some((k, _)) = both.next_back() {
            ends += k as u64;
        }
    }
    println!("ends {}", ends);
    drop(both);
    let mut back = map.clone().into_iter().rev();
    println!("largest {:?}", back.next());
    drop(back);
    map.clear();
    map.insert(1, 1);
    println!("{:?}", map);

    let mut words: BTreeSet<String> = BTreeSet::new();
    for i in 0..300u32 {
        words.insert(format!("w{}", (i * 37) % 300));
    }
    for i in (0..300u32).step_by(2) {
        words.remove(&format!("w{}", i));
    }
    println!("{} words, last {:?}", words.len(), words.last());
    words.retain(|w| w.len() > 3);
    println!("{} long words", words.len());
}
