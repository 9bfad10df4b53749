use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert("a", 1);
    let n: i32 = *m.get("a").unwrap();
    println!("{}", n);
}
