use std::io::prelude::*;
use std::io::Cursor;

fn main() {
    let mut input = Cursor::new("one\ntwo\n");
    let mut text = String::new();
    input.read_to_string(&mut text).unwrap();
    let tally = Tally::start(0);
    tally.add(text.len());
}
