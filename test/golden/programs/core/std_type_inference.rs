// Types rustc infers through std's impls and where-clauses: a literal key gets the map's key type
// (`K: Borrow<Q>`), `join` picks its impl by the separator, a B-tree's iterators have their own
// names, `next_back` yields the iterator's item, a closure is named through what encloses it, and
// an array's length is a const generic argument (`IntoIter<u8, 2>`, `[i32; 3]` from `map`).
use std::collections::{BTreeMap, BTreeSet, HashMap};

fn apply_twice<T: Copy, F: Fn(T) -> T>(x: T, f: F) -> impl Fn() -> T {
    move || f(f(x))
}

fn main() {
    let mut ages: BTreeMap<u16, String> = BTreeMap::new();
    ages.insert(7, String::from("seven"));
    ages.insert(3, String::from("three"));
    let key = 7;
    println!("{:?} {}", ages.get(&key), ages.contains_key(&3));
    let mut rest = ages.clone().into_iter().rev();
    println!("{:?}", rest.next());
    let keys = ages.keys();
    println!("{}", keys.len());
    let mut counts: HashMap<String, u8> = HashMap::new();
    counts.insert(String::from("a"), 1);
    let hit = counts.get("a");
    println!("{:?}", hit);
    let set: BTreeSet<u64> = [5, 1, 9].into_iter().collect();
    let mut both = set.clone().into_iter();
    let last = both.next_back();
    println!("{:?} {:?}", last, both.next());
    let rows = vec![vec![1u8, 2], vec![3]];
    let flat = rows.join(&0);
    let glued = rows.concat();
    let words = ["x", "y"];
    let line = words.join("-");
    println!("{:?} {:?} {}", flat, glued, line);
    let nums = vec![10i64, 20];
    let end = nums.iter().next_back();
    println!("{:?}", end);
    let again = apply_twice(3u32, |n| n * 2);
    println!("{}", again());
    let outer = |a: i16| {
        let inner = |b: i16| a - b;
        inner(1)
    };
    println!("{}", outer(5));
    let pair = [1u8, 2].into_iter();
    let doubled = [4, 5, 6].map(|x| x * 2);
    println!("{:?} {:?}", pair.len(), doubled);
}
