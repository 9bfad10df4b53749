fn filters(min: usize) -> Vec<Box<dyn Fn(&str) -> bool>> {
    let mut out: Vec<Box<dyn Fn(&str) -> bool>> = Vec::new();
    out.push(Box::new(|s| s.len() >= min));
    out
}

fn main() {
    let fs = filters(3);
    println!("{}", fs[0]("hello"));
}
