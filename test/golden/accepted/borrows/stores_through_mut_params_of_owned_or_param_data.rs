use std::collections::HashMap;

struct Bag {
    items: Vec<i32>,
}

impl Bag {
    fn add(&mut self, x: i32) {
        let doubled = x * 2;
        self.items.push(doubled);
    }
}

fn remember<'a>(seen: &mut Vec<&'a i32>, n: &'a i32) {
    let again = n;
    seen.push(again);
}

fn words<'a>(out: &mut Vec<&'a str>, text: &'a str) {
    for w in text.split(' ') {
        out.push(w);
    }
}

fn record(log: &mut Vec<String>, n: i32) {
    let line = format!("{}", n);
    log.push(line.clone());
    let label = "fixed";
    log.push(label.to_string());
}

fn count<'a>(m: &mut HashMap<&'a str, i32>, k: &'a str) {
    let key = k;
    *m.entry(key).or_insert(0) += 1;
}

fn main() {
    let mut bag = Bag { items: Vec::new() };
    bag.add(2);
    let one = 1;
    let mut seen = Vec::new();
    remember(&mut seen, &one);
    let mut out = Vec::new();
    words(&mut out, "a b");
    let mut log = Vec::new();
    record(&mut log, 3);
    let mut m = HashMap::new();
    count(&mut m, "k");
    println!("{:?} {:?} {:?} {:?} {:?}", bag.items, seen, out, log, m);
}
