struct Rgb(u8, u8, u8);

fn main() {
    let c = Rgb(1, 2, 3);
    let Rgb(r, g, b) = c;
    println!("{} {} {}", r, g, b);
}
