// `into_iter()` inside a `for` header moves the vector, even through an adapter chain.
fn main() {
    let words = vec![String::from("one"), String::from("two")];
    for (i, w) in words.into_iter().enumerate() {
        println!("{} {}", i, w);
    }
    println!("{}", words.len());
}
