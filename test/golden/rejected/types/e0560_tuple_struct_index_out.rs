struct Rgb(u8, u8, u8);

fn main() {
    let c = Rgb { 0: 1, 1: 2, 2: 3, 3: 4 };
    println!("{}", c.0);
}
