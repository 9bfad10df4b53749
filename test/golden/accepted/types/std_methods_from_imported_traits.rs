use std::fmt::Write as _;
use std::io::Write;

fn shown<T: std::fmt::Display>(item: T) -> String {
    item.to_string()
}

fn main() {
    let mut out: Vec<u8> = Vec::new();
    out.write_all(b"bytes").unwrap();
    let mut s = String::new();
    write!(s, "{}", 5).unwrap();
    s.write_str("!").unwrap();
    println!("{} {} {}", out.len(), s, shown(3));
}
