fn twice<T: Clone>(t: T) -> (T, T) {
    (t.clone(), t)
}

fn main() {
    let p = twice(String::from("a"));
    println!("{:?}", p);
}
