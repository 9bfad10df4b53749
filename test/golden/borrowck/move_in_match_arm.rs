// A move in one arm of a `match`.
fn take(v: Vec<u8>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1u8, 2, 3];
    let n = std::env::args().count();
    match n {
        1 => println!("{}", take(v)),
        _ => println!("other"),
    }
    println!("{:?}", v);
}
