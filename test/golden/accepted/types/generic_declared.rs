fn first<T>(items: &[T]) -> &T {
    &items[0]
}

fn main() {
    println!("{}", first(&[1, 2]));
}
