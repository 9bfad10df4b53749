fn checked_sqrt(x: i64) -> i64 {
    assert!(x >= 0);
    let mut r = 0;
    while (r + 1) * (r + 1) <= x {
        r += 1;
    }
    r
}

fn main() {
    println!("sqrt(17) = {}", checked_sqrt(17));
    let items = vec![1, 2, 3];
    assert_ne!(items.len(), 0);
    assert!(items.len() < 10, "too many items: {}", items.len());
    println!("sqrt(-4) = {}", checked_sqrt(-4));
}
