struct Timer {
    ticks: u32,
}

impl Timer {
    fn new() -> Self {
        Self { ticks: 0 }
    }
    fn ticks(&self) -> u32 {
        self.ticks
    }
}

fn main() {
    println!("{}", Timer::new().ticks());
}
