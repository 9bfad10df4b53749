fn main() {
    let names = vec!["a", "b"];
    let mut scores = vec![1, 2];
    let first = names.iter().zip(scores.iter()).next();
    scores.push(3);
    println!("{:?}", first);
}
