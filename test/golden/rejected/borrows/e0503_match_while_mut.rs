enum State {
    On,
    Off,
}

fn main() {
    let mut s = State::On;
    let r = &mut s;
    match s {
        State::On => println!("on"),
        State::Off => println!("off"),
    }
    *r = State::Off;
}
