fn main() {
    let mut scores = vec![10, 20];
    let best = scores.iter().max().unwrap();
    scores.push(*best + 1);
}
