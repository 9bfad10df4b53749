// Indexing a HashMap by a borrowed form of its key (`&str` for `String` keys, `&K` itself): the
// value's type is the map's value type (std's `Index<&Q>` where `K: Borrow<Q>`).
use std::collections::HashMap;

fn main() {
    let mut names: HashMap<String, u64> = HashMap::new();
    names.insert("a".to_string(), 1);
    let key = String::from("a");
    let by_str = names["a"];
    let by_key = names[&key];
    let mut codes = HashMap::new();
    codes.insert(3u16, 'c');
    let code = codes[&3];
    let mut words = HashMap::new();
    words.insert("x", 2.5f32);
    let word = words["x"];
    println!("{} {} {} {}", by_str, by_key, code, word);
}
