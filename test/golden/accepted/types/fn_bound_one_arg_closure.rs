fn run<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1)
}

fn main() {
    let k = 3;
    println!("{}", run(|a| a + k));
}
