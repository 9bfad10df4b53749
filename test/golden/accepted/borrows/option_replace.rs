fn main() {
    let mut slot = Some(1);
    let old = slot.replace(2);
    println!("{:?} {:?}", old, slot);
}
