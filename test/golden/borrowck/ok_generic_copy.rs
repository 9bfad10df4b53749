// A generic parameter bounded by Copy is copied.
fn twice<T: Copy>(t: T) -> (T, T) {
    (t, t)
}

fn first<T>(items: &[T]) -> Option<&T> {
    items.first()
}

fn main() {
    println!("{:?}", twice(4));
    let v = vec![String::from("a")];
    println!("{:?} {:?}", first(&v), v);
}
