struct Config {
    verbose: bool,
}

fn main() {
    let c = Config { verbose: true, debug: false };
    println!("{}", c.verbose);
}
