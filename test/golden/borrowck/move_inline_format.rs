// Inline format arguments (`{x}`) are uses too.
fn main() {
    let x = String::from("x");
    let y = x;
    println!("{x}");
    println!("{y}");
}
