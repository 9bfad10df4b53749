fn odds(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|n| n % 2 == 1)
}

fn main() {
    let first: String = odds(9).next().unwrap();
    println!("{}", first);
}
