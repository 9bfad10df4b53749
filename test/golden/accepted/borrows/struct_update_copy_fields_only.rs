#[derive(Debug)]
struct Opts {
    name: String,
    level: u8,
    depth: u8,
}

fn main() {
    let base = Opts { name: String::from("a"), level: 1, depth: 2 };
    let next = Opts { name: String::from("b"), ..base };
    println!("{} {:?}", base.name, next);
}
