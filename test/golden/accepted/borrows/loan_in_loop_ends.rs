fn main() {
    let mut words = vec![String::from("a"), String::from("bb")];
    for _ in 0..2 {
        let longest = words.iter().map(|w| w.len()).max().unwrap();
        words.push("x".repeat(longest));
    }
    println!("{}", words.len());
}
