struct Picker;

impl Picker {
    fn pick<'a, 'b>(a: &'a str, b: &'b str) -> &'a str {
        if a.is_empty() { b } else { a }
    }
}

fn main() {
    println!("{}", Picker::pick("x", "y"));
}
