fn main() {
    let mut words = vec![String::from("ab"), String::from("c")];
    for w in words.iter().filter_map(|w| if w.len() > 1 { Some(w) } else { None }) {
        words.push(w.clone());
    }
    println!("{:?}", words);
}
