struct Pair {
    a: String,
    b: String,
}

fn main() {
    let p = Pair { a: String::from("a"), b: String::from("b") };
    let take_a = move || p.a.len();
    println!("{} {}", take_a(), p.b);
}
