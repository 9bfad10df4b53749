fn steps(n: u32) -> Vec<Box<dyn Fn(u32) -> u32>> {
    let mut out: Vec<Box<dyn Fn(u32) -> u32>> = Vec::new();
    let mut i = 0;
    while i < n {
        let step = i * 2;
        out.push(Box::new(|x| x + step));
        i += 1;
    }
    out
}

fn main() {
    println!("{}", steps(3).len());
}
