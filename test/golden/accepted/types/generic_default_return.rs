fn default_of<T: Default>() -> T {
    T::default()
}

fn main() {
    let n: i32 = default_of();
    println!("{}", n);
}
