struct Config {
    name: String,
    hits: u32,
}

fn main() {
    let mut c = Config { name: String::from("a"), hits: 0 };
    let show = || println!("{}", c.name);
    c.hits += 1;
    show();
    println!("{}", c.hits);
}
