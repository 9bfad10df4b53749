use std::collections::HashMap;
fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    let e = m.entry(String::from("a")).or_insert(0);
    let g = m.get("a");
    *e += 1;
    println!("{:?}", g);
}
