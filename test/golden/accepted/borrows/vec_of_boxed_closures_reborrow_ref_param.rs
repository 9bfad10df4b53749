fn matchers<'a>(words: &'a [String]) -> Vec<Box<dyn Fn(&str) -> bool + 'a>> {
    vec![Box::new(|s| words.iter().any(|w| w == s))]
}

fn main() {
    let ws = vec![String::from("a")];
    println!("{}", matchers(&ws)[0]("a"));
}
