fn main() {
    let rgb = (200, 120, 40);
    let (red, green) = rgb;
    println!("{red} {green}");
}
