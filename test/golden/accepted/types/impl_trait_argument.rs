fn total(items: impl Iterator<Item = u32>) -> u32 {
    items.sum()
}

fn main() {
    println!("{}", total(vec![1, 2].into_iter()));
}
