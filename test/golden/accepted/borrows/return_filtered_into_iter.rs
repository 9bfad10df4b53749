fn big() -> impl Iterator<Item = u32> {
    let v = vec![1u32, 20];
    v.into_iter().filter(|n| *n > 10)
}

fn main() {
    println!("{}", big().count());
}
