#[derive(Debug)]
enum Coin {
    Penny,
}

fn main() {
    let c = Coin::Penny;
    println!("{:?}", c);
}
