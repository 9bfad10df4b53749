// A move closure owns what it captured; dropping the closure drops it.
fn main() {
    let name = String::from("captured");
    let greet = move || name.len();
    println!("{}", greet());
}
