fn main() {
    let mut words = vec![String::from("ccc"), String::from("a")];
    let shortest = words.iter().min_by_key(|w| w.len());
    words.push(String::from("bb"));
    println!("{:?}", shortest);
}
