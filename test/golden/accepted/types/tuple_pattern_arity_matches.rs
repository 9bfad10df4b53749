fn main() {
    let rgb = (200, 120, 40);
    let (red, green, blue) = rgb;
    println!("{red} {green} {blue}");
}
