// Bytes that are not UTF-8 make `String::from_utf8` an `Err(FromUtf8Error)`, which is not modelled.
fn main() {
    let bad = String::from_utf8(vec![0x61, 0xff]);
    println!("{}", bad.is_err());
}
