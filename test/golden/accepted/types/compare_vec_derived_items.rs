#[derive(PartialEq)]
struct Item(u8);

fn main() {
    let a = vec![Item(1)];
    let b = vec![Item(1)];
    println!("{}", a == b);
}
