// `expect` on an Err shows the message and the error's Debug form.
fn main() {
    let ok: Result<u8, String> = Ok(3);
    println!("{}", ok.expect("fine"));
    let n: Result<u8, std::num::ParseIntError> = "300".parse::<u8>();
    println!("{:?}", n);
    let m = "abc".parse::<i32>();
    println!("{:?}", m);
    let v = "".parse::<i32>();
    match v {
        Ok(x) => println!("{}", x),
        Err(e) => println!("error: {}", e),
    }
    let value: u8 = "256".parse().expect("number too big");
    println!("{}", value);
}
