struct Wrap<'a> {
    fixed: &'static str,
    s: &'a str,
}

impl<'a> Wrap<'a> {
    fn swap<'b>(&mut self, other: &'b str) {
        self.fixed = other;
    }
}

fn main() {
    let mut w = Wrap { fixed: "f", s: "a" };
    w.swap("b");
    println!("{} {}", w.fixed, w.s);
}
