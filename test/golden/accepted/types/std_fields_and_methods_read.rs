use std::collections::HashMap;

struct Reading {
    len: usize,
}

fn main() {
    let readings = vec![3.5, 4.0, 2.25];
    let n: usize = readings.len();
    let span = 2..7;
    let width = span.end - span.start;
    let mut stock: HashMap<&str, u32> = HashMap::new();
    stock.insert("bolts", 40);
    let count = stock.len();
    let wrapped = Reading { len: n };
    let pair = (wrapped.len, String::from("x"));
    println!("{} {} {} {} {}", n, width, count, pair.0, pair.1.len());
}
