fn scaler(kind: u8) -> Box<dyn Fn(f64) -> f64> {
    let factor = if kind == 0 { 2.0 } else { 0.5 };
    match kind {
        0 => Box::new(move |x| x * factor),
        _ => Box::new(move |x| x / factor),
    }
}
fn main() {
    println!("{} {}", scaler(0)(3.0), scaler(1)(3.0));
}
