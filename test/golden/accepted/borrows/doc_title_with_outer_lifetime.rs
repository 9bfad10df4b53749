struct Doc<'a> {
    title: &'a str,
}

impl<'a> Doc<'a> {
    fn title_of(&self) -> &'a str {
        self.title
    }
}

fn main() {
    let t;
    {
        let d = Doc { title: "t" };
        t = d.title_of();
    }
    println!("{}", t);
}
