#[derive(Debug)]
struct Config {
    verbose: bool,
    depth: u8,
}

fn main() {
    let base = Config { verbose: false, depth: 1 };
    let c = Config { verbose: true, ..base };
    println!("{:?}", c);
}
