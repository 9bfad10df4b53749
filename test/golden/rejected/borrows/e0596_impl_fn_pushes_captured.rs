fn measure(f: impl Fn() -> usize) -> usize {
    f()
}

fn main() {
    let mut log = vec![String::from("start")];
    let n = measure(|| {
        log.push(String::from("measured"));
        log.len()
    });
    println!("{}", n);
}
