fn report(side: f32) {
    println!("{}", side);
}

fn main() {
    let area = 5u32.pow(2);
    let side = 2.0;
    report(side);
    let root = side.sqrt();
    let widest = 5.max(3);
    let text = 7.to_string();
    let cube = i64::pow(3, 3);
    let annotated: u8 = 4;
    let squared = annotated.pow(2);
    println!("{} {} {} {} {} {}", area, root, widest, text, cube, squared);
}
