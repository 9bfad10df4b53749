fn pick<'a, 'b: 'c, 'c: 'a>(a: &'a str, b: &'b str) -> &'a str {
    if a < b { a } else { b }
}

fn main() {
    println!("{}", pick("p", "q"));
}
