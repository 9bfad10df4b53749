struct Wrap<'a> {
    fixed: &'static str,
    s: &'a str,
}

impl<'a> Wrap<'a> {
    fn set_fixed(&mut self, other: &'static str) {
        self.fixed = other;
    }

    fn set_s(&mut self, other: &'a str) {
        self.s = other;
    }

    fn set_from<'b: 'static>(&mut self, other: &'b str) {
        self.fixed = other;
    }
}

fn main() {
    let mut w = Wrap { fixed: "f", s: "a" };
    let owned = String::from("b");
    w.set_fixed("g");
    w.set_s(&owned);
    w.set_from("h");
    println!("{} {}", w.fixed, w.s);
}
