use std::io::prelude::*;
use std::io::Cursor;

fn main() {
    let mut input = Cursor::new("one\ntwo\n");
    let mut first = String::new();
    input.read_line(&mut first).unwrap();
    let mut out: Vec<u8> = Vec::new();
    out.write_all(first.as_bytes()).unwrap();
    input.seek(std::io::SeekFrom::Start(0)).unwrap();
    println!("{}", out.len());
}
