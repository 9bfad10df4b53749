fn main() {
    let n = compute(4);
    println!("{}", n);
}

fn compute(n: i32) -> i32 {
    n * 3
}
