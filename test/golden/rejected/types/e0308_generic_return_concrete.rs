fn default_of<T: Default>() -> T {
    0
}

fn main() {
    let n: i32 = default_of();
    println!("{}", n);
}
