// probe 15 *self +W: self.n += 1;
// probe 20 *self -W: self.n = 2;
// probe 20 *self +R: let _probe = self.n;
// probe 27 c -W: c.bump();
// probe 27 c +R: let _probe = c.get();
// probe 28 c +W: c.bump();
// probe 30 c +O: drop(c);

struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) -> u32 {
        self.n += 1;
        self.n
    }

    fn get(&self) -> u32 {
        self.n
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    let r = &c;
    let k = r.get();
    c.bump();
    println!("{k}");
}
