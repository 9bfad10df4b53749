fn main() {
    let r: Result<u8, String> = Ok(1);
    match r {
        Ok(n) => println!("{}", n),
        Err(e) => println!("{}", e),
    }
}
