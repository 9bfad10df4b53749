enum Msg {
    Text(String),
    Quit,
}

fn show(m: &Msg) -> usize {
    match m {
        Msg::Text(s) => s.len(),
        Msg::Quit => 0,
    }
}

fn main() {
    let v = vec![Some(String::from("a"))];
    for item in &v {
        match *item {
            Some(ref s) => println!("{}", s),
            None => {}
        }
    }
    println!("{}", show(&Msg::Text(String::from("hi"))) + show(&Msg::Quit));
}
