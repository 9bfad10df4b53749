// The same with `while` and a move into a Vec.
fn main() {
    let item = String::from("item");
    let mut bag = Vec::new();
    let mut i = 0;
    while i < 2 {
        bag.push(item);
        i += 1;
    }
    println!("{}", bag.len());
}
