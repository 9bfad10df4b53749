fn main() {
    let days = [1, 2, 3, 4, 5, 6, 7];
    match days {
        [.., mid, ..] => println!("{mid}"),
    }
}
