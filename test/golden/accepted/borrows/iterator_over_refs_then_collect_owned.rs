fn main() {
    let mut words = vec![String::from("b"), String::from("a")];
    let upper: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    words.extend(upper);
    words.sort();
    println!("{:?}", words);
}
