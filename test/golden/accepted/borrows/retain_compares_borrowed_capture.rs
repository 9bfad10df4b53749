fn main() {
    let mut words = vec![String::from("keep"), String::from("drop")];
    let banned = String::from("drop");
    words.retain(|w| *w != banned);
    words.retain(|w| w.len() > 1 && w != &banned);
    println!("{:?} {}", words, banned);
}
