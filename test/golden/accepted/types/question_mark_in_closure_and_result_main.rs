use std::num::ParseIntError;

fn parse_both(a: &str, b: &str) -> Result<i32, ParseIntError> {
    Ok(a.parse::<i32>()? + b.parse::<i32>()?)
}

fn main() -> Result<(), ParseIntError> {
    let first = |v: &[u8]| -> Option<u8> { Some(*v.first()? + 1) };
    println!("{:?}", first(&[1, 2]));
    println!("{}", parse_both("1", "2")?);
    Ok(())
}
