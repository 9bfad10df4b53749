use std::collections::BTreeSet;

fn main() {
    let mut set: BTreeSet<char> = "mississippi".chars().collect();
    println!("{:?}", set);
    println!("insert 'a': {}, insert 's': {}", set.insert('a'), set.insert('s'));
    println!("first={:?} last={:?}", set.first(), set.last());
    println!("contains 'p': {}", set.contains(&'p'));
    set.remove(&'m');
    let joined: String = set.iter().collect();
    println!("joined = {}", joined);
    let nums: BTreeSet<i32> = [5, -1, 3, 3, 10].into_iter().collect();
    for n in &nums {
        print!("{} ", n);
    }
    println!();
    let big: Vec<_> = nums.iter().filter(|n| **n > 2).collect();
    println!("> 2: {:?} len={}", big, nums.len());
}
