struct Temp {
    c: f64,
}

impl Temp {
    fn get(&self) -> &f64 {
        &self.c
    }
}

fn main() {
    let mut t = Temp { c: 1.0 };
    let c = t.get();
    t.c = 2.0;
    println!("{}", c);
}
