struct Doc<'a> {
    title: &'a str,
}

impl<'a> Doc<'a> {
    fn title_of<'b>(&'b self) -> &'a str {
        let t: &'b str = self.title;
        t
    }
}

fn main() {
    let d = Doc { title: "t" };
    println!("{}", d.title_of());
}
