fn checks(limit: u32) -> Vec<Box<dyn Fn(u32) -> bool>> {
    vec![Box::new(|v| v < limit), Box::new(|v| v % 2 == 0)]
}

fn main() {
    let cs = checks(10);
    println!("{}", cs.iter().all(|c| c(4)));
}
