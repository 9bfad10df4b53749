fn main() {
    let code: u8 = 65;
    let c = code as char;
    println!("{}", c);
}
