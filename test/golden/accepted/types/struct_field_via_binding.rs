struct Config {
    depth: u8,
}

fn main() {
    let c = Config { depth: 3 };
    let Config { depth } = c;
    println!("{}", depth);
}
