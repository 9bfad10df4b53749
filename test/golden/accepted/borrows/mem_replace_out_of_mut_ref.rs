fn replace(slot: &mut String) -> String {
    std::mem::replace(slot, String::new())
}

fn main() {
    let mut s = String::from("a");
    println!("{} {:?}", replace(&mut s), s);
}
