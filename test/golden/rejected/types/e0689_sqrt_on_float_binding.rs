fn report(side: f32) {
    println!("{}", side);
}

fn main() {
    let side = 2.0;
    let root = side.sqrt();
    report(side);
    println!("{}", root);
}
