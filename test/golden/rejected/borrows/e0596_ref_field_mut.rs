struct Wrapper<'a> {
    inner: &'a Vec<i32>,
}

fn main() {
    let v = vec![1];
    let w = Wrapper { inner: &v };
    w.inner.push(2);
}
