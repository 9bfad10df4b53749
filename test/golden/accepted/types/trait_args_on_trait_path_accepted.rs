// A trait's own parameters written on its path fix them: `Into::<f64>::into(x)` and
// `<f32 as Into<f64>>::into(x)` are `f64`, no annotation needed.
fn main() {
    let widened = Into::<f64>::into(2.5f32);
    let qualified = <f32 as Into<f64>>::into(1.5f32);
    println!("{} {}", widened, qualified);
}
