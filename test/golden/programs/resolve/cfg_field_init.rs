// A field that exists only under a `cfg` the build does not have: its declaration and its
// initialiser in a struct expression are both left out, so the program has two fields.
struct Config {
    name: String,
    #[cfg(test)]
    fixture: Vec<u8>,
    level: u8,
}

#[cfg(test)]
fn only_in_tests() -> Vec<u8> {
    vec![1, 2, 3]
}

fn main() {
    let c = Config {
        name: String::from("build"),
        #[cfg(test)]
        fixture: only_in_tests(),
        level: 3,
    };
    let level = 7;
    let d = Config {
        #[cfg(test)]
        fixture,
        name: c.name.clone(),
        level,
    };
    println!("{} {} {}", c.name, c.level, d.level);
    println!("{}", std::mem::size_of::<Config>());
}
