fn greeting() -> impl Fn() -> String {
    || String::from("hello")
}

fn non_empty(words: Vec<String>) -> impl Iterator<Item = String> {
    words.into_iter().filter(|w| !w.is_empty())
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    let step = 2;
    (0..limit).map(move |i| i * step)
}

fn main() {
    let g = greeting();
    let words = vec![String::from("a"), String::new()];
    println!("{} {:?} {:?}", g(), non_empty(words).collect::<Vec<_>>(), evens(3).collect::<Vec<_>>());
}
