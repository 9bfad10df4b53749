fn doubler() -> impl Fn(u8) -> u8 {
    |v| v * 2
}

fn adder(step: u8) -> impl Fn(u8) -> u8 {
    move |v| v + step
}

fn main() {
    let fs = vec![doubler(), adder(3)];
    for f in fs {
        println!("{}", f(4));
    }
}
