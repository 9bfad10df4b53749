struct Wrapper {
    inner: Vec<i32>,
}

impl Wrapper {
    fn into_inner(self) -> Vec<i32> {
        self.inner
    }
}

fn main() {
    let w = Wrapper { inner: vec![1] };
    println!("{:?}", w.into_inner());
}
