enum State {
    On,
    Off,
}

fn main() {
    let mut s = State::On;
    let r = &mut s;
    match r {
        State::On => *r = State::Off,
        State::Off => *r = State::On,
    }
    if let State::Off = s {
        println!("off");
    }
}
