// A return drops the function's live owners on its way out.
fn first_word(text: &str) -> Option<String> {
    let owned = text.to_string();
    if owned.is_empty() {
        return None;
    }
    let word = owned.split(' ').next().map(|w| w.to_string());
    word
}
fn main() {
    println!("{:?}", first_word("hello world"));
}
