fn main() {
    let ok = true;
    let r = &ok;
    if *r {
        println!("yes");
    }
}
