enum Coin {
    Penny,
}

fn main() {
    let c = Con::Penny;
    drop(c);
}
