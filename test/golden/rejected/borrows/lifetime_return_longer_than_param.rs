fn first<'a, 'b>(a: &'a str, _b: &'b str) -> &'b str {
    a
}

fn main() {
    println!("{}", first("x", "y"));
}
