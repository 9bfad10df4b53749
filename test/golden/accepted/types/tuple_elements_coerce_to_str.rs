fn split_words(words: &[String]) -> (&str, &str) {
    let head = &words[0];
    let tail = &words[words.len() - 1];
    (head, tail)
}

fn main() {
    let words = vec![String::from("alpha"), String::from("omega")];
    let (a, b) = split_words(&words);
    println!("{a} {b}");
}
