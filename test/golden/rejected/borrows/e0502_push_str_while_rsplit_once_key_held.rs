fn main() {
    let mut entry = String::from("key=value");
    if let Some((key, _)) = entry.rsplit_once('=') {
        entry.push_str("!");
        println!("{}", key);
    }
}
