enum Msg {
    Text(String),
    Empty,
}

impl Msg {
    fn text(&self) -> Option<&str> {
        match self {
            Msg::Text(t) => Some(t),
            Msg::Empty => None,
        }
    }
}

fn main() {
    let m = Msg::Text(String::from("hi"));
    println!("{:?} {:?}", m.text(), Msg::Empty.text());
}
