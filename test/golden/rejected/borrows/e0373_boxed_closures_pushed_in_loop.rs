fn steps(base: u32) -> Vec<Box<dyn Fn(u32) -> u32>> {
    let mut out: Vec<Box<dyn Fn(u32) -> u32>> = Vec::new();
    for k in 1..4 {
        out.push(Box::new(move |x| x * k));
    }
    out.push(Box::new(|x| x + base));
    out
}

fn main() {
    println!("{}", steps(1).len());
}
