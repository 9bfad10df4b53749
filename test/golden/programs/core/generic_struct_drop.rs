// Generic wrappers with Drop; drop order with nested generics and moves into functions.
struct Wrapper<T: std::fmt::Debug> {
    label: &'static str,
    value: T,
}
impl<T: std::fmt::Debug> Drop for Wrapper<T> {
    fn drop(&mut self) {
        println!("drop {} holding {:?}", self.label, self.value);
    }
}
fn pass<T: std::fmt::Debug>(w: Wrapper<T>) -> Wrapper<T> {
    println!("passing {}", w.label);
    w
}
fn swallow<T: std::fmt::Debug>(w: Wrapper<T>) {
    println!("swallowing {}", w.label);
}
fn main() {
    let a = Wrapper { label: "a", value: 1 };
    let b = Wrapper { label: "b", value: vec![1, 2] };
    let c = pass(b);
    swallow(Wrapper { label: "temp", value: "t" });
    let outer = Wrapper { label: "outer", value: Some(3) };
    println!("{} {}", a.label, c.label);
    let _ = outer;
    println!("end of main");
}
