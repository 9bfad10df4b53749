use std::collections::HashMap;

struct Res(&'static str);

impl Drop for Res {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut map = HashMap::new();
    map.insert(1, Res("first"));
    println!("inserted first");
    let old = map.insert(1, Res("second"));
    println!("replaced, old is some: {}", old.is_some());
    drop(old);
    map.insert(1, Res("third"));
    println!("replaced again without binding");
    let removed = map.remove(&1);
    println!("removed: {}", removed.as_ref().map(|r| r.0).unwrap_or("none"));
    map.insert(2, Res("kept"));
    println!("end of main");
}
