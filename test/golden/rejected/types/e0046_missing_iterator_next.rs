struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
}

fn main() {
    for n in Countdown(3) {
        println!("{}", n);
    }
}
