fn main() {
    let c = char::from_u32(66).unwrap();
    println!("{}", c);
}
