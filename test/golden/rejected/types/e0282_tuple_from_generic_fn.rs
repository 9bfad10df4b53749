fn pair<T>() -> (Vec<T>, usize) {
    (Vec::new(), 0)
}

fn main() {
    let (items, count) = pair();
    println!("{} {}", items.len(), count);
}
