fn get_default<'m>(map: &'m mut std::collections::HashMap<u32, String>, key: u32) -> &'m mut String {
    match map.get_mut(&key) {
        Some(value) => value,
        None => {
            map.insert(key, String::new());
            map.get_mut(&key).unwrap()
        }
    }
}
fn main() {
    let mut m = std::collections::HashMap::new();
    get_default(&mut m, 1).push('a');
}
