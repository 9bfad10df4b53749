use std::collections::BTreeMap;

struct Val(u32);

impl Drop for Val {
    fn drop(&mut self) {
        println!("drop Val({})", self.0);
    }
}

fn main() {
    let mut m = BTreeMap::new();
    m.insert(30, Val(30));
    m.insert(10, Val(10));
    m.insert(20, Val(20));
    println!("replaced: {}", m.insert(20, Val(21)).map(|v| v.0).unwrap_or(0));
    println!("len = {}", m.len());
    let mut total = 0;
    for (k, v) in &m {
        total += k + v.0;
    }
    println!("total = {}", total);
    println!("dropping the map");
    drop(m);
    println!("end");
}
