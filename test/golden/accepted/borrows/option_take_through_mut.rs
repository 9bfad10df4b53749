struct Slot {
    item: Option<String>,
}

fn take(s: &mut Slot) -> Option<String> {
    s.item.take()
}

fn main() {
    let mut s = Slot { item: Some(String::from("a")) };
    println!("{:?} {:?}", take(&mut s), s.item);
}
