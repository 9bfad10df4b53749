struct Config {
    verbose: bool,
}

fn main() {
    let verbose = true;
    let quiet = false;
    let c = Config { verbose, quiet };
    println!("{}", c.verbose);
}
