// A generic wrapper: methods by reference and by value, used correctly.
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
    println!("{}", w.show());
    println!("{}", w.show());
    let inner = w.into_inner();
    println!("{}", inner);
    let n = Wrapper::new(5);
    let m = n.into_inner();
    println!("{}", m);
}
