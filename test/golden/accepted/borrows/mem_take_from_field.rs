use std::mem;

struct Holder {
    items: Vec<String>,
}

impl Holder {
    fn drain(&mut self) -> Vec<String> {
        mem::take(&mut self.items)
    }
}

fn main() {
    let mut h = Holder { items: vec![String::from("a")] };
    let got = h.drain();
    println!("{} {}", got.len(), h.items.len());
}
