struct Rgba(u8, u8, u8, u8);

fn main() {
    let c = Rgba(10, 20, 30, 255);
    let Rgba(.., green, ..) = c;
    println!("{green}");
}
