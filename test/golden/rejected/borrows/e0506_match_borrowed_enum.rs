enum Slot {
    Full(String),
    Empty,
}

fn main() {
    let mut s = Slot::Full(String::from("x"));
    match &s {
        Slot::Full(name) => {
            s = Slot::Empty;
            println!("{}", name);
        }
        Slot::Empty => {}
    }
}
