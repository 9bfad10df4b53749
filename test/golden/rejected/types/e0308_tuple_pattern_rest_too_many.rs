fn main() {
    let pair = (1u8, 'x');
    let (head, .., mid, tail) = pair;
    println!("{head} {mid} {tail}");
}
