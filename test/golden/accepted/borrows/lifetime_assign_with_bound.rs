fn store<'long, 'short: 'long>(slot: &mut &'long str, value: &'short str) {
    *slot = value;
}

fn main() {
    let mut s = "a";
    store(&mut s, "b");
    println!("{}", s);
}
