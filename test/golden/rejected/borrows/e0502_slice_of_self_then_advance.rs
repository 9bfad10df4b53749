struct Buf { data: Vec<u8>, cursor: usize }
impl Buf {
    fn rest(&self) -> &[u8] { &self.data[self.cursor..] }
    fn advance(&mut self, n: usize) { self.cursor += n; }
}
fn main() {
    let mut b = Buf { data: vec![1, 2, 3], cursor: 0 };
    let r = b.rest();
    let n = r.len();
    b.advance(1);
    let r2 = b.rest();
    b.advance(1);
    println!("{} {:?}", n, r2);
}
