fn odds(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 1)
}

fn offset(by: i64) -> impl Fn(i64) -> i64 {
    move |x| x + by
}

fn main() {
    let first: u32 = odds(9).next().unwrap();
    let total: u64 = odds(9).map(u64::from).sum();
    let mut seen = Vec::new();
    for n in odds(6) {
        seen.push(n);
    }
    let shift = offset(-4);
    let moved: i64 = shift(10);
    println!("{} {} {:?} {}", first, total, seen, moved);
}
