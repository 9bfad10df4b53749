fn first<'p, 'q>(p: &'p str, _q: &'q str) -> &'p str {
    p
}

fn outer<'x, 'y>(x: &'x str, y: &'y str) -> &'x str {
    first(x, y)
}

fn main() {
    println!("{}", outer("x", "y"));
}
