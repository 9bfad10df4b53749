fn first(items: &[T]) -> usize {
    items.len()
}

fn main() {
    println!("{}", first(&[1, 2]));
}
