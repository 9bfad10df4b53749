fn main() {
    let f = 65.0;
    let c = f as char;
    println!("{}", c);
}
