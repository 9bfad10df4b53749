fn big<'a>(v: &'a [u32]) -> impl Iterator<Item = &'a u32> + 'a {
    v.iter().filter(|n| **n > 10)
}

fn words(s: &str) -> impl Iterator<Item = &str> + '_ {
    s.split(' ')
}

fn main() {
    let v = vec![1, 20, 30];
    let text = String::from("a b");
    println!("{} {}", big(&v).count(), words(&text).count());
}
