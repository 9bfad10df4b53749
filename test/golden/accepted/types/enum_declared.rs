#[derive(Debug)]
enum Colour {
    Red,
}

fn main() {
    let c = Colour::Red;
    println!("{:?}", c);
}
