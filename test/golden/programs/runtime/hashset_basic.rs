use std::collections::HashSet;

fn main() {
    let mut seen = HashSet::new();
    for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3] {
        if !seen.insert(n) {
            println!("duplicate {}", n);
        }
    }
    println!("len = {}", seen.len());
    println!("contains 4: {}, contains 7: {}", seen.contains(&4), seen.contains(&7));
    println!("remove 9: {}, remove 9 again: {}", seen.remove(&9), seen.remove(&9));
    let mut items: Vec<_> = seen.iter().copied().collect();
    items.sort();
    println!("{:?}", items);
    let other: HashSet<i32> = [4, 5, 6, 7].into_iter().collect();
    let mut common: Vec<_> = seen.intersection(&other).copied().collect();
    common.sort();
    println!("intersection = {:?}", common);
    let union_size = seen.union(&other).count();
    println!("union size = {}", union_size);
    println!("sum = {}", seen.iter().sum::<i32>());
}
