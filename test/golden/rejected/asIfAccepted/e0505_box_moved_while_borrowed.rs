fn consume(b: Box<i64>) -> i64 {
    *b + 1
}

fn main() {
    let boxed = Box::new(41);
    let peek = &boxed;
    let total = consume(boxed);
    println!("{total} {peek}");
}
