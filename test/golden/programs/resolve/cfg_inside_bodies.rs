// `#[cfg]` on statements, match arms and struct fields: what is false for
// the build (`test` is off, `debug_assertions` on) is not part of the program.
#[derive(Debug)]
struct Config {
    name: String,
    #[cfg(test)]
    fixture: Vec<u8>,
    level: u8,
}

fn describe(n: u32) -> &'static str {
    match n {
        #[cfg(test)]
        0 => "zero in tests",
        0 => "zero",
        #[cfg(not(debug_assertions))]
        1 => "one in release",
        _ => "many",
    }
}

fn main() {
    let c = Config {
        name: String::from("demo"),
        level: 2,
    };
    #[cfg(test)]
    let in_tests = Config { name: String::new(), fixture: Vec::new(), level: 0 };
    #[cfg(test)]
    println!("only in tests");
    #[cfg(debug_assertions)]
    println!("debug build: {:?}", c);
    #[cfg(not(debug_assertions))]
    println!("release build");
    println!("{} {} {}", describe(0), describe(1), describe(7));
    println!("{}", std::mem::size_of::<Config>());
}
