#[derive(Debug)]
struct Opts {
    name: String,
    level: u8,
}

fn main() {
    let base = Opts { name: String::from("a"), level: 1 };
    let n = base.name.clone();
    let next = Opts { level: 2, ..base };
    println!("{} {:?}", n, next);
}
