fn boxed<'a>(s: &'a str) -> Box<dyn Fn() -> usize + 'a> {
    Box::new(move || s.len())
}

fn main() {
    println!("{}", boxed("abc")());
}
