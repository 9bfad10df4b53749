fn parse(s: &str) -> Result<i32, String> {
    let n: i32 = s.parse().map_err(|e: std::num::ParseIntError| e.to_string())?;
    Ok(n)
}

fn main() {
    println!("{:?}", parse("1"));
}
