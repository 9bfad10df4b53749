fn pair<T>() -> (Vec<T>, usize) {
    (Vec::new(), 0)
}

fn main() {
    let (items, count) = pair::<u8>();
    let (mut more, _) = pair();
    more.push('x');
    println!("{} {} {}", items.len(), count, more.len());
}
