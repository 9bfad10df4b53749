struct Wrap<'a> {
    s: &'a str,
}

impl<'a> Wrap<'a> {
    fn swap<'b: 'a>(&mut self, other: &'b str) {
        self.s = other;
    }

    fn set(&mut self, other: &'a str) {
        self.s = other;
    }
}

fn main() {
    let mut w = Wrap { s: "a" };
    w.swap("b");
    w.set("c");
    println!("{}", w.s);
}
