// `main` returning Err prints `Error: <Debug>` and exits with status 1.
#[derive(Debug)]
enum AppError {
    Parse(String),
}
fn parse(s: &str) -> Result<i32, AppError> {
    s.parse::<i32>().map_err(|e| AppError::Parse(format!("{}: {}", s, e)))
}
fn main() -> Result<(), AppError> {
    println!("{}", parse("12")?);
    println!("{}", parse("x1")?);
    Ok(())
}
