use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, i32> = HashMap::new();
    stock.insert("apples", 3);
    stock.insert("pears", 5);
    stock.insert("plums", 7);
    let total: i32 = stock.values().sum();
    println!("total = {}", total);
    let max = stock.iter().max_by_key(|(_, v)| **v).map(|(k, _)| *k);
    println!("most = {:?}", max);
    for v in stock.values_mut() {
        *v *= 2;
    }
    let mut sorted: Vec<_> = stock.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1));
    println!("{:?}", sorted);

    let squares: HashMap<u32, u32> = (1..=5).map(|i| (i, i * i)).collect();
    let mut keys: Vec<u32> = squares.keys().cloned().collect();
    keys.sort_unstable();
    println!("keys = {:?} count = {}", keys, squares.len());
    println!("sum of squares = {}", squares.values().sum::<u32>());
    let evens = squares.iter().filter(|(_, v)| *v % 2 == 0).count();
    println!("even squares = {}", evens);
}
