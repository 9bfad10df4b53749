// The same wrapper used after `into_inner(self)`.
struct Wrapper<T> {
    inner: T,
}

impl<T: std::fmt::Debug> Wrapper<T> {
    fn new(inner: T) -> Self {
        Wrapper { inner }
    }
    fn show(&self) -> String {
        format!("{:?}", self.inner)
    }
    fn into_inner(self) -> T {
        self.inner
    }
}

fn main() {
    let w = Wrapper::new(String::from("w"));
    let inner = w.into_inner();
    println!("{} {}", inner, w.show());
}
