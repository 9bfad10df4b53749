// `?` returns early with the error, dropping what is live.
fn parse(text: &str) -> Result<i32, std::num::ParseIntError> {
    let owned = String::from(text);
    let n: i32 = owned.trim().parse()?;
    Ok(n * 2)
}
fn main() {
    println!("{:?}", parse("21"));
}
