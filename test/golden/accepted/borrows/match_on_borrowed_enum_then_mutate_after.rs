enum Slot {
    Full(String),
    Empty,
}

fn main() {
    let mut s = Slot::Full(String::from("x"));
    let len = match &s {
        Slot::Full(name) => name.len(),
        Slot::Empty => 0,
    };
    s = Slot::Empty;
    if let Slot::Empty = s {
        println!("{}", len);
    }
}
