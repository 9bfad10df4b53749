fn twice<T: Copy>(t: T) -> (T, T) {
    (t, t)
}

fn main() {
    let p = twice(String::from("a"));
    println!("{:?}", p);
}
