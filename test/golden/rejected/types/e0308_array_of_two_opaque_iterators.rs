fn evens() -> impl Iterator<Item = u32> {
    (0..10).filter(|n| n % 2 == 0)
}

fn odds() -> impl Iterator<Item = u32> {
    (0..10).filter(|n| n % 2 == 1)
}

fn main() {
    let both = [evens(), odds()];
    println!("{}", both.len());
}
