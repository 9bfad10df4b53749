fn scaler(factor: f64) -> Box<dyn Fn(f64) -> f64> {
    let f = Box::new(|x| x * factor);
    f
}

fn main() {
    println!("{}", scaler(2.0)(3.0));
}
