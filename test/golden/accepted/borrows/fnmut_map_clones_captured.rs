fn main() {
    let names = vec![String::from("ada"), String::from("bob")];
    let suffix = String::from("!");
    let loud: Vec<String> = names.iter().map(|n| {
        let end = suffix.clone();
        format!("{}{}", n, end)
    }).collect();
    println!("{:?} {}", loud, suffix);
}
