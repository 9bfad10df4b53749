fn main() {
    let c = 'x';
    let kind = match c {
        'a'..='z' => "lower",
        'A'..='Z' => "upper",
        _ => "other",
    };
    println!("{}", kind);
}
