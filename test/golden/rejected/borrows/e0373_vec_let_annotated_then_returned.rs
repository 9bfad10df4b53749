fn checks(limit: u32) -> Vec<Box<dyn Fn(u32) -> bool>> {
    let all: Vec<Box<dyn Fn(u32) -> bool>> = vec![Box::new(|v| v != 0), Box::new(|v| v < limit)];
    all
}

fn main() {
    println!("{}", checks(5).len());
}
