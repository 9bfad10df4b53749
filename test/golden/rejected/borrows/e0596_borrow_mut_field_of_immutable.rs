struct Buf {
    data: Vec<u8>,
}

fn main() {
    let b = Buf { data: vec![] };
    let d = &mut b.data;
    d.push(1);
}
