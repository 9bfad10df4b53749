struct Timer {
    ticks: u32,
}

impl Timer {
    fn ticks() -> u32 {
        self.ticks
    }
}

fn main() {
    println!("{}", Timer::ticks());
}
