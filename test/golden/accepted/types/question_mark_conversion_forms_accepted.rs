use std::error::Error;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> AppError {
        AppError::Parse(e)
    }
}

fn with_app_error(s: &str) -> Result<i32, AppError> {
    let n: i32 = s.parse()?;
    Ok(n)
}

fn with_boxed_error(s: &str) -> Result<i32, Box<dyn Error>> {
    let n: i32 = s.parse()?;
    Ok(n)
}

fn with_string_error(ok: bool) -> Result<u8, String> {
    let fixed: Result<u8, String> = Ok(3);
    let v = fixed?;
    let text: Result<u8, &str> = if ok { Ok(1) } else { Err("bad") };
    let w = text?;
    let c: Result<u8, char> = Ok(2);
    Ok(v + w + c?)
}

fn main() {
    println!("{:?} {:?} {:?}", with_app_error("4"), with_boxed_error("5").ok(), with_string_error(true));
}
