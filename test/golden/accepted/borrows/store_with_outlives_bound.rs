fn store<'long: 'short, 'short>(slot: &mut &'short str, value: &'long str) {
    *slot = value;
}

fn main() {
    let mut s = "a";
    store(&mut s, "b");
    println!("{}", s);
}
