// A base that is a temporary keeps a field borrowed from it only until the end of the statement.
struct Pair<'a> {
    left: &'a Vec<u8>,
    right: u8,
}

fn fresh() -> Vec<u8> {
    vec![1, 2, 3]
}

fn main() {
    let p = Pair { right: 7, ..Pair { left: &fresh(), right: 0 } };
    println!("{:?} {}", p.left, p.right);
}
