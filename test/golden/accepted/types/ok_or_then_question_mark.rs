fn first_char(s: &str) -> Result<char, String> {
    let c = s.chars().next().ok_or(String::from("empty"))?;
    Ok(c)
}

fn main() {
    println!("{:?}", first_char("ab"));
}
