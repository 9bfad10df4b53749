fn first_char(s: &str) -> Result<char, String> {
    let c = s.chars().next()?;
    Ok(c)
}

fn main() {
    println!("{:?}", first_char("ab"));
}
