struct Config {
    depth: u8,
}

fn main() {
    let a = Config { depth: 2 };
    let b = a.clone();
    println!("{}", b.depth);
}
