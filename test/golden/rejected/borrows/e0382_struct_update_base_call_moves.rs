// The value passed to the base's call is moved into it: using it afterwards is a use after move.
struct Config {
    name: String,
    level: u8,
}

fn wrap(name: String) -> Config {
    Config { name, level: 0 }
}

fn main() {
    let owned = String::from("moved in");
    let c = Config { level: 9, ..wrap(owned) };
    println!("{} {} {}", c.name, c.level, owned);
}
