fn main() {
    let labels = vec!["x", "y"];
    let mut counts = vec![3, 4];
    for (label, count) in labels.iter().zip(counts.iter()) {
        if *count > 3 {
            counts.push(0);
        }
        println!("{} {}", label, count);
    }
}
