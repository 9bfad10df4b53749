use std::process;
fn parse(n: i32) -> Result<u8, String> {
    if n > 0 { Ok(1) } else { Err(String::from("neg")) }
}
fn main() {
    let v = parse(3).unwrap_or_else(|err| {
        println!("{err}");
        process::exit(1);
    });
    println!("{v}");
}
