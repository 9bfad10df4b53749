struct Config {
    depth: u8,
}

fn main() {
    let c = Config { depth: 3 };
    println!("{}", depth);
    drop(c);
}
