fn doubler() -> impl Fn(u8) -> u8 {
    |v| v * 2
}

fn adder(step: u8) -> impl Fn(u8) -> u8 {
    move |v| v + step
}

fn main() {
    let fast = std::env::args().count() > 1;
    let f = if fast {
        doubler()
    } else {
        adder(1)
    };
    let g = match fast {
        true => doubler(),
        false => adder(2),
    };
    println!("{} {}", f(3), g(3));
}
