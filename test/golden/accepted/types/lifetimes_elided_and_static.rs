struct Holder<'a> {
    text: &'a str,
    callback: fn(&str) -> &str,
}

fn echo(s: &str) -> &str {
    s
}

fn greeting() -> &'static str {
    "hi"
}

fn pick<'a>(a: &'a str, _b: &str) -> &'a str {
    a
}

fn first(v: &Vec<String>, _n: usize) -> &String {
    &v[0]
}

impl<'a> Holder<'a> {
    fn text(&self, _other: &str) -> &str {
        self.text
    }
}

fn main() {
    let h = Holder { text: "x", callback: echo };
    let v = vec![String::from("a")];
    println!("{} {} {} {} {}", h.text("y"), (h.callback)("z"), greeting(), pick("a", "b"), first(&v, 0));
}
