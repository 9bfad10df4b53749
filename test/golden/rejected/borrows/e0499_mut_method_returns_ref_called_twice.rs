struct Counter { n: u32 }
impl Counter {
    fn get(&mut self) -> &u32 { self.n += 1; &self.n }
}
fn main() {
    let mut c = Counter { n: 0 };
    let a = c.get();
    let b = c.get();
    println!("{} {}", a, b);
}
