struct Robot;

impl Speak for Robot {}

fn main() {
    let _r = Robot;
}
