fn main() {
    let limit = 10;
    let checks: Vec<Box<dyn Fn(u32) -> bool>> = vec![Box::new(|v| v < limit), Box::new(|v| v > 1)];
    println!("{}", checks.iter().all(|c| c(4)));
}
