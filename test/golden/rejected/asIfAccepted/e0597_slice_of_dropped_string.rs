fn first_word_of_line() -> usize {
    let word: &str;
    {
        let line = String::from("alpha beta");
        word = &line[0..5];
    }
    word.chars().count()
}

fn main() {
    println!("{}", first_word_of_line());
}
