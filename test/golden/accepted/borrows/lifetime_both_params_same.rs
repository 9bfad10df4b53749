struct Holder<'a> {
    item: &'a str,
}

fn store<'a>(h: &mut Holder<'a>, s: &'a str) {
    h.item = s;
}

fn main() {
    let mut h = Holder { item: "a" };
    store(&mut h, "b");
    println!("{}", h.item);
}
