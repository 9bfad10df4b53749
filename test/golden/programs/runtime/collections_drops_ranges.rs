use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
struct D(u32);
impl Drop for D { fn drop(&mut self) { println!("drop D({})", self.0); } }
fn main() {
    let mut q = VecDeque::new();
    q.push_back(D(1));
    q.push_front(D(0));
    q.push_back(D(2));
    let front = q.pop_front().unwrap();
    println!("popped {}", front.0);
    q.push_front(D(9));
    println!("len {}", q.len());
    drop(q);
    println!("deque dropped");
    let mut m: BTreeMap<u32, D> = (1..=4).map(|i| (i * 10, D(i))).collect();
    let removed = m.remove(&20);
    println!("removed {:?}", removed.as_ref().map(|d| d.0));
    m.retain(|k, _| *k != 30);
    println!("after retain {:?}", m.keys().collect::<Vec<_>>());
    let firsts: Vec<_> = m.range(..=10).map(|(k, d)| (*k, d.0)).collect();
    println!("{:?}", firsts);
    if let Some((k, d)) = m.pop_last() { println!("pop_last {} {}", k, d.0); }
    let mut hm: HashMap<&str, D> = HashMap::new();
    hm.insert("x", D(100));
    let drained: Vec<(&str, D)> = hm.drain().collect();
    println!("drained {} left {}", drained.len(), hm.len());
    drop(drained);
    let a: BTreeSet<i32> = [1, 2, 3, 4].into();
    let b: BTreeSet<i32> = [3, 4, 5].into();
    println!("{:?} {:?}", a.intersection(&b).collect::<Vec<_>>(), a.union(&b).cloned().collect::<Vec<_>>());
    println!("{:?}", a.difference(&b).collect::<Vec<_>>());
    println!("{:?}", a.symmetric_difference(&b).collect::<Vec<_>>());
    let h1: HashSet<u8> = [1, 2].into();
    let h2: HashSet<u8> = [2].into();
    println!("{} {} {}", h2.is_subset(&h1), h1.is_superset(&h2), h1.is_disjoint(&h2));
    let mut e: HashMap<String, u32> = HashMap::new();
    let k = String::from("key");
    *e.entry(k.clone()).or_insert(0) += 5;
    *e.entry(k).or_insert(0) += 5;
    println!("{:?}", e);
    println!("end");
}
