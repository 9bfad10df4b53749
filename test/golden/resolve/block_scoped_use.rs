// A `use` inside a block does not apply after the block; shadowed names resolve to the inner one.
fn main() {
    let x = 1;
    {
        use std::collections::HashMap;
        let m: HashMap<i32, i32> = HashMap::new();
        println!("{} {}", m.len(), x);
    }
    let n: HashMap<i32, i32> = HashMap::new();
}
