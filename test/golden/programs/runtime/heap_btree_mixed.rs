// A long mixed run on a B-tree map of Strings and a B-tree set: inserts, removes, pops from both
// ends, clones consumed from both ends, retain and append, in an order a fixed LCG picks.
use std::collections::{BTreeMap, BTreeSet};
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}
fn main() {
    let mut r = Lcg(2 * 7919);
    let range = 50 + (r.next() % 3000);
    let mut m: BTreeMap<u32, String> = BTreeMap::new();
    let mut s: BTreeSet<u64> = BTreeSet::new();
    let mut log = 0u64;
    for step in 0..1500u32 {
        let op = r.next() % 10;
        let k = (r.next() % range) as u32;
        if op < 5 {
            m.insert(k, format!("v{}", step));
            s.insert(k as u64 * 3);
        } else if op < 8 {
            if let Some(v) = m.remove(&k) { log += v.len() as u64; }
            s.remove(&(k as u64 * 3));
        } else if op == 8 {
            if step % 2 == 0 { m.pop_first(); s.pop_last(); } else { m.pop_last(); s.pop_first(); }
        }
        if step % 300 == 150 {
            let c = m.clone();
            let mut it = c.into_iter();
            for _ in 0..(r.next() % 50) { it.next_back(); it.next(); }
        }
        if step % 400 == 200 {
            m.retain(|k, _| k % 3 != 0);
            let mut other: BTreeSet<u64> = (0..(r.next() % 200)).map(|x| x * 5).collect();
            s.append(&mut other);
        }
    }
    println!("{} {} {}", m.len(), s.len(), log);
}
