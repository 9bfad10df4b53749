// Common Vec and slice methods.
fn main() {
    let mut v = vec![5, 3, 8, 1, 9, 2];
    v.sort();
    println!("{:?}", v);
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    v.insert(1, 7);
    let removed = v.remove(0);
    println!("{:?} removed {}", v, removed);
    v.retain(|&x| x % 2 == 1);
    println!("{:?}", v);
    v.extend(vec![1, 1, 3, 3]);
    v.dedup();
    println!("{:?}", v);
    println!("{} {:?} {:?}", v.contains(&7), v.first(), v.last());
    println!("{:?} {:?}", v.get(1), v.get(99));
    v.reverse();
    println!("{:?}", v);
    let (left, right) = v.split_at(2);
    println!("{:?} {:?}", left, right);
    let drained: Vec<i32> = v.drain(1..3).collect();
    println!("{:?} {:?}", drained, v);
    let words = vec!["banana", "apple", "cherry"];
    let mut sorted = words.clone();
    sorted.sort_by_key(|w| w.len());
    println!("{:?}", sorted);
    let nums = [1, 2, 3, 4, 5];
    for w in nums.windows(2) {
        print!("{:?}", w);
    }
    println!();
    for c in nums.chunks(2) {
        print!("{:?}", c);
    }
    println!();
    println!("{:?}", [[1, 2], [3, 4]].concat());
    println!("{}", ["a", "b"].concat());
    let mut m = vec![1, 2, 3];
    m.swap(0, 2);
    m.truncate(2);
    println!("{:?}", m);
    let pos = nums.iter().position(|&x| x == 4);
    println!("{:?}", pos);
    println!("{:?}", nums.binary_search(&3));
    let total: i32 = nums.iter().sum();
    println!("{} {}", total, nums.len());
    let mut a = vec![1, 2];
    let mut b = vec![3, 4];
    a.append(&mut b);
    println!("{:?} {:?}", a, b);
    println!("{:?}", a.iter().rev().collect::<Vec<_>>());
    let popped = a.pop();
    println!("{:?} {:?}", popped, a);
    println!("{:?}", a.split_off(1));
}
