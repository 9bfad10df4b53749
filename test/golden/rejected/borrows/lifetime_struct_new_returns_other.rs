struct Wrap<'a> {
    s: &'a str,
}

impl<'a> Wrap<'a> {
    fn swap<'b>(&mut self, other: &'b str) {
        self.s = other;
    }
}

fn main() {
    let mut w = Wrap { s: "a" };
    w.swap("b");
    println!("{}", w.s);
}
