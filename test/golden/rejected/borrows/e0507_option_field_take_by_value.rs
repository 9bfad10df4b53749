struct Slot {
    item: Option<String>,
}

fn take(s: &mut Slot) -> Option<String> {
    s.item
}

fn main() {
    let mut s = Slot { item: None };
    println!("{:?}", take(&mut s));
}
