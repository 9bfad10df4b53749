fn multiples(k: u32) -> impl Iterator<Item = u32> {
    (1..4).map(move |i| i * k)
}

fn main() {
    println!("{:?}", multiples(2).collect::<Vec<_>>());
}
