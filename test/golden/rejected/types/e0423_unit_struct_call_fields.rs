struct Config {
    depth: u8,
}

fn main() {
    let c = Config;
    drop(c);
}
