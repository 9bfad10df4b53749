// Struct update syntax moves the fields it takes from the base.
#[derive(Debug)]
struct Config {
    name: String,
    path: String,
    level: u8,
}

fn main() {
    let base = Config { name: String::from("base"), path: String::from("/tmp"), level: 1 };
    let derived = Config { name: String::from("derived"), ..base };
    println!("{}", base.name);
    println!("{}", base.level);
    println!("{}", base.path);
    println!("{:?}", derived);
}
