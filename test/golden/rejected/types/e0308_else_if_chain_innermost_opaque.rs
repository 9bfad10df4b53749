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
    } else if n > 2 {
        adder(2)
    } else if n > 1 {
        adder(3)
    } else {
        doubler()
    };
    println!("{}", f(3));
}
