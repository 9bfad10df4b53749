struct Doc<'a> {
    title: &'a str,
}

impl<'a> Doc<'a> {
    fn pick<'b>(&'b self, x: &'a str) -> &'b str {
        x
    }

    fn title_of<'b>(&'b self) -> &'b str {
        let t: &'b str = self.title;
        t
    }
}

fn longer<'a, 'b: 'a>(_x: &'a str, y: &'b str) -> &'a str {
    let t: &'b str = y;
    t
}

fn same<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    let t: &'a str = x;
    let u: &'b str = y;
    if u.is_empty() { t } else { &t[..1] }
}

fn main() {
    let d = Doc { title: "t" };
    println!("{} {} {} {}", d.pick("x"), d.title_of(), longer("a", "b"), same("c", "d"));
}
