fn replace(slot: &mut String) -> String {
    let old = *slot;
    *slot = String::new();
    old
}

fn main() {
    let mut s = String::from("a");
    println!("{}", replace(&mut s));
}
