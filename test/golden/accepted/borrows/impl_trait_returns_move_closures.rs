fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    move || {
        n += 1;
        n
    }
}

fn multiples(k: u32) -> impl Iterator<Item = u32> {
    (1..4).map(move |i| i * k)
}

fn main() {
    let mut c = counter();
    println!("{} {} {}", make_adder(1)(2), c(), c());
    println!("{:?}", multiples(3).collect::<Vec<_>>());
}
