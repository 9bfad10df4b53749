struct Wrapper {
    inner: Vec<i32>,
}

impl Wrapper {
    fn take_inner(&self) -> Vec<i32> {
        self.inner
    }
}

fn main() {
    let w = Wrapper { inner: vec![1] };
    println!("{:?}", w.take_inner());
}
