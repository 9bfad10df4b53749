#[derive(Debug)]
struct Spot {
    row: u8,
    col: u8,
}

fn main() {
    let a = Spot { row: 1, col: 2 };
    let b = Spot { row: 1, col: 2 };
    assert_eq!(a, b);
}
