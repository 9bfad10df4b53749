fn swap_out(slot: &mut String) -> String {
    std::mem::replace(slot, String::from("new"))
}

fn main() {
    let mut s = String::from("old");
    let old = swap_out(&mut s);
    println!("{} {}", old, s);
}
