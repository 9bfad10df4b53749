enum Event {
    Key { code: u32 },
}

fn main() {
    let e = Event::Key { code: 1 };
    match e {
        Event::Key { key, .. } => println!("{}", key),
    }
}
