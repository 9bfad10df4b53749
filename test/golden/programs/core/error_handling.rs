// Custom error types with Display and From, `?` converting errors, Box<dyn Error>.
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;
#[derive(Debug)]
enum ConfigError {
    Missing(String),
    BadNumber(ParseIntError),
}
impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::Missing(k) => write!(f, "missing key {}", k),
            ConfigError::BadNumber(e) => write!(f, "bad number: {}", e),
        }
    }
}
impl Error for ConfigError {}
impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::BadNumber(e)
    }
}
fn lookup<'a>(pairs: &[(&'a str, &'a str)], key: &str) -> Result<&'a str, ConfigError> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).ok_or(ConfigError::Missing(key.to_string()))
}
fn port(pairs: &[(&str, &str)]) -> Result<u16, ConfigError> {
    let raw = lookup(pairs, "port")?;
    let n: u16 = raw.parse()?;
    Ok(n)
}
fn doubled(s: &str) -> Result<i64, Box<dyn Error>> {
    if s.is_empty() {
        return Err("empty input".into());
    }
    let n: i64 = s.parse()?;
    Ok(n * 2)
}
fn main() {
    let good = [("host", "x"), ("port", "8080")];
    let bad = [("port", "80x")];
    let none = [("host", "y")];
    println!("{:?}", port(&good));
    match port(&bad) {
        Ok(p) => println!("port {}", p),
        Err(e) => println!("error: {}", e),
    }
    if let Err(e) = port(&none) {
        println!("error: {} / {:?}", e, e);
    }
    println!("{:?}", doubled("21").unwrap());
    for input in ["", "abc"] {
        match doubled(input) {
            Ok(v) => println!("{}", v),
            Err(e) => println!("failed: {}", e),
        }
    }
}
