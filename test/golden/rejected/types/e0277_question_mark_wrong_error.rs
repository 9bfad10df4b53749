fn parse(s: &str) -> Result<i32, String> {
    let n: i32 = s.parse()?;
    Ok(n)
}

fn main() {
    println!("{:?}", parse("1"));
}
