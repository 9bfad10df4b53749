// `repeat` makes its whole result (exactly the repeated length) before it copies the items or the text.
fn main() {
    let pair = [3u16, 4];
    let four = pair.repeat(2);
    println!("{:?} cap {}", four, four.capacity());
    let word = "hé".repeat(3);
    println!("{} len {} cap {}", word, word.len(), word.capacity());
    let none = "".repeat(5);
    let zero: Vec<u8> = [9u8].repeat(0);
    println!("{:?} {} {:?} {}", none, none.capacity(), zero, zero.capacity());
}
