struct Wrapper<'a> {
    inner: &'a mut Vec<i32>,
}

fn main() {
    let mut v = vec![1];
    let w = Wrapper { inner: &mut v };
    w.inner.push(2);
    println!("{:?}", v);
}
