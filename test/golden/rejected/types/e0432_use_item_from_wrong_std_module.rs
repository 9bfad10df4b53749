use std::vec::HashMap;

fn main() {
    let m: HashMap<u8, u8> = HashMap::new();
    println!("{}", m.len());
}
