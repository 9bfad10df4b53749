fn main() {
    let ok = true;
    if *ok {
        println!("yes");
    }
}
