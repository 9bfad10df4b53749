use std::collections::{HashMap, HashSet};

fn main() {
    let v = vec![1, 2, 3];
    let refs: Vec<&i32> = v.iter().collect();
    let owned: Vec<i32> = v.iter().copied().collect();
    let total: i32 = v.iter().sum();
    let product: i64 = v.iter().map(|&x| x as i64).product();
    let text: String = vec!['a', 'b'].into_iter().collect();
    let joined: String = vec!["x", "y"].into_iter().collect();
    let map: HashMap<&str, i32> = vec![("a", 1)].into_iter().collect();
    let set: HashSet<i32> = v.iter().cloned().collect();
    let maybe: Option<Vec<i32>> = vec![Some(1), Some(2)].into_iter().collect();
    let floats = [1.5f64, 2.0];
    let fsum: f64 = floats.iter().sum();
    println!("{:?} {:?} {} {} {} {} {} {} {:?} {}", refs, owned, total, product, text, joined, map.len(), set.len(), maybe, fsum);
}
