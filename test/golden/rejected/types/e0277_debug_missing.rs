struct Token(u8);

fn main() {
    let t = Token(3);
    println!("{:?}", t);
}
