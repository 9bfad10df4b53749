fn tripler() -> impl Fn(u32) -> u32 {
    |v| v * 3
}

fn main() {
    let n = std::env::args().count();
    let f = if n > 3 {
        tripler()
    } else if n > 1 {
        tripler()
    } else {
        tripler()
    };
    println!("{}", f(5));
}
