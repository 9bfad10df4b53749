fn main() {
    let labels = vec!["x", "y"];
    let mut counts = vec![3, 4];
    let mut extra = Vec::new();
    for (label, count) in labels.iter().zip(counts.iter()) {
        if *count > 3 {
            extra.push(*count);
        }
        println!("{} {}", label, count);
    }
    counts.extend(extra);
    println!("{:?}", counts);
}
