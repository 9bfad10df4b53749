// A glob of std::io brings its free functions too (`copy`, `read_to_string`), which the engine's
// std table does not list: the names must not be reported as unknown.
use std::io::*;

fn main() {
    let mut source = "memory".as_bytes();
    let mut sink_buffer: Vec<u8> = Vec::new();
    let copied = copy(&mut source, &mut sink_buffer).unwrap();
    let text = read_to_string(&mut "bytes".as_bytes()).unwrap();
    println!("{} {} {}", copied, sink_buffer.len(), text);
}
