#[derive(Default)]
struct Settings {
    level: u8,
}

fn main() {
    let s = Settings::default();
    println!("{}", s.level);
}
