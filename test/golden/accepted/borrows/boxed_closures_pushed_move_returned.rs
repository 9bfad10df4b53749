fn filters(min: usize) -> Vec<Box<dyn Fn(&str) -> bool>> {
    let mut out: Vec<Box<dyn Fn(&str) -> bool>> = Vec::new();
    out.push(Box::new(move |s| s.len() >= min));
    out.push(Box::new(|s| !s.is_empty()));
    out
}

fn main() {
    let fs = filters(3);
    println!("{}", fs.iter().filter(|f| f("hello")).count());
}
