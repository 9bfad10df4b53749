trait Pick {
    fn pick<'a>(&'a self, other: &'a str) -> &'a str;
}

struct Fixed(String);

impl Pick for Fixed {
    fn pick<'a>(&'a self, other: &'a str) -> &'a str {
        if other.is_empty() { &self.0 } else { other }
    }
}

fn longer<'x, 'y>(f: &'x Fixed, s: &'y str) -> &'x str {
    f.pick(s)
}

fn main() {
    println!("{}", longer(&Fixed(String::from("a")), "b"));
}
