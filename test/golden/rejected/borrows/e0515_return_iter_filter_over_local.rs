fn big() -> impl Iterator<Item = &'static u32> {
    let v = vec![1u32, 20];
    v.iter().filter(|n| **n > 10)
}

fn main() {
    println!("{}", big().count());
}
