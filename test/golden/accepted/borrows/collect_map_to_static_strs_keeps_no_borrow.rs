fn main() {
    let mut codes = vec![1, 2, 3];
    let labels: Vec<&str> = codes.iter().map(|c| if *c > 1 { "big" } else { "small" }).collect();
    codes.push(4);
    println!("{:?} {:?}", labels, codes);
}
