fn maybe_adder(n: i32, enabled: bool) -> Option<Box<dyn Fn(i32) -> i32>> {
    if enabled {
        Some(Box::new(|x| x + n))
    } else {
        None
    }
}

fn main() {
    if let Some(f) = maybe_adder(2, true) {
        println!("{}", f(1));
    }
}
