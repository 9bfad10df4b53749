fn doubler() -> impl Fn(u8) -> u8 {
    |v| v * 2
}

fn adder(step: u8) -> impl Fn(u8) -> u8 {
    move |v| v + step
}

fn main() {
    let n = std::env::args().count();
    let f = if n > 3 {
        doubler()
    } else if n > 1 {
        doubler()
    } else {
        adder(1)
    };
    println!("{}", f(3));
}
