struct Holder<'a> {
    item: &'a str,
    seen: usize,
}

fn store<'a>(h: &mut Holder<'a>, s: &'a str, hint: &str) {
    h.item = s;
    h.seen = hint.len();
}

fn main() {
    let mut h = Holder { item: "a", seen: 0 };
    store(&mut h, "b", "cd");
    println!("{} {}", h.item, h.seen);
}
