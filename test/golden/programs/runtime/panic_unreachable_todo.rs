fn classify(n: i32) -> &'static str {
    match n % 3 {
        0 => "fizz",
        1 | -1 => "one",
        2 | -2 => "two",
        _ => unreachable!("remainder {} out of range", n % 3),
    }
}

fn later() -> u32 {
    todo!()
}

fn main() {
    for n in [3, 4, -5] {
        println!("{} -> {}", n, classify(n));
    }
    let x = later();
    println!("{}", x);
}
