fn doubler() -> impl Fn(u8) -> u8 {
    |v| v * 2
}

fn adder(step: u8) -> Box<dyn Fn(u8) -> u8> {
    Box::new(move |v| v + step)
}

fn main() {
    let same = vec![doubler(), doubler()];
    let boxed: Vec<Box<dyn Fn(u8) -> u8>> = vec![Box::new(doubler()), adder(3)];
    let pair = [adder(1), adder(2)];
    for f in &same {
        println!("{}", f(4));
    }
    println!("{}", pair[0](1) + pair[1](1) + boxed[1](2));
}
