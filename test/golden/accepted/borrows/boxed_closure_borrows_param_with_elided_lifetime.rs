fn matcher(words: &[String], exact: bool) -> Box<dyn Fn(&str) -> bool + '_> {
    match exact {
        true => Box::new(|w| words.iter().any(|x| x == w)),
        false => Box::new(|w| words.iter().any(|x| x.starts_with(w))),
    }
}
fn main() {
    let words = vec![String::from("alpha"), String::from("beta")];
    let m = matcher(&words, false);
    println!("{} {}", m("al"), matcher(&words, true)("al"));
}
