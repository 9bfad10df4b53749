struct Writer<'a> { buf: &'a mut Vec<u8> }
impl<'a> Writer<'a> {
    fn put(&mut self, b: u8) { self.buf.push(b); }
}
fn main() {
    let mut v = Vec::new();
    let mut w = Writer { buf: &mut v };
    v.push(1);
    w.put(2);
}
