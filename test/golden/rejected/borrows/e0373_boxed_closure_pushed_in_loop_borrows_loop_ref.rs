fn adders(ks: &[i32]) -> Vec<Box<dyn Fn(i32) -> i32>> {
    let mut out: Vec<Box<dyn Fn(i32) -> i32>> = Vec::new();
    for k in ks {
        out.push(Box::new(|x| x + k));
    }
    out
}

fn main() {
    println!("{}", adders(&[1, 2])[1](1));
}
