enum Msg {
    Text(String),
    Quit,
}

fn show(m: &Msg) {
    match *m {
        Msg::Text(s) => println!("{}", s),
        Msg::Quit => {}
    }
}

fn main() {
    show(&Msg::Quit);
}
