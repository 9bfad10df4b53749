fn count_matches<T: Clone + std::fmt::Debug>(items: &[T], wanted: T) -> usize {
    let mut n = 0;
    for it in items {
        if it.clone() == wanted {
            n += 1;
        }
    }
    n
}

fn main() {
    println!("{}", count_matches(&[1, 2, 1], 1));
}
