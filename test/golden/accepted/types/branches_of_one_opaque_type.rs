fn scaler(by: u8) -> impl Fn(u8) -> u8 {
    move |v| v * by
}

fn boxed_adder(step: u8) -> Box<dyn Fn(u8) -> u8> {
    Box::new(move |v| v + step)
}

fn main() {
    let big = std::env::args().count() > 1;
    let f = if big { scaler(10) } else { scaler(2) };
    let g: Box<dyn Fn(u8) -> u8> = match big {
        true => Box::new(scaler(3)),
        false => boxed_adder(1),
    };
    println!("{} {}", f(3), g(3));
}
