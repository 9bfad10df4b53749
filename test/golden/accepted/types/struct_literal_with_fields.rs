struct Config {
    depth: u8,
}

fn main() {
    let c = Config { depth: 2 };
    println!("{}", c.depth);
}
