fn main() {
    let mut words = vec![String::from("keep"), String::from("drop")];
    let banned = String::from("drop");
    words.retain(|w| {
        let b = banned;
        *w != b
    });
    println!("{:?}", words);
}
