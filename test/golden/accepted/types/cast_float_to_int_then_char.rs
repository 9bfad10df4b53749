fn main() {
    let f = 65.0;
    let c = (f as u8) as char;
    println!("{}", c);
}
