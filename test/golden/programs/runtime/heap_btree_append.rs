// `append` on B-trees: into an empty map the other tree moves whole; otherwise both trees are
// consumed in key order, each freeing its nodes as it goes, into a new tree built in bulk, and
// where both hold a key the appended map's entry wins.
use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let mut empty: BTreeMap<u32, String> = BTreeMap::new();
    let mut names: BTreeMap<u32, String> = (0..15).map(|i| (i * 2, format!("n{}", i))).collect();
    empty.append(&mut names);
    println!("{} moved, {} left", empty.len(), names.len());

    let mut odd: BTreeMap<u32, String> = (0..20).map(|i| (i * 2 + 1, format!("odd{}", i))).collect();
    empty.append(&mut odd);
    println!("{} merged, first {:?}, last {:?}", empty.len(), empty.first_key_value(), empty.last_key_value());

    let mut overlap: BTreeMap<u32, String> = (10..30).map(|i| (i, format!("new{}", i))).collect();
    empty.append(&mut overlap);
    println!("{} after overlap, 12 = {:?}", empty.len(), empty.get(&12));

    let mut nothing: BTreeMap<u32, String> = BTreeMap::new();
    empty.append(&mut nothing);
    println!("{}", empty.len());

    let mut low: BTreeSet<u16> = (0..100).collect();
    let mut high: BTreeSet<u16> = (50..400).step_by(3).collect();
    low.append(&mut high);
    println!("{} {}", low.len(), high.len());
    let mut drained: BTreeSet<u16> = BTreeSet::new();
    for k in 0..12 {
        drained.insert(k);
    }
    while drained.pop_first().is_some() {}
    drained.append(&mut low);
    println!("{} {}", drained.len(), low.len());
    low.insert(7);
    println!("{:?}", low);
}
