use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("bolts", 40);
    let n = stock.count;
    println!("{}", n);
}
