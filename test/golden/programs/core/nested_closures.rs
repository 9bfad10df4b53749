// Closures returning closures, capturing from two levels, composed functions.
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}
fn multiplier(k: i32) -> impl Fn(i32) -> Box<dyn Fn(i32) -> i32> {
    move |offset| Box::new(move |x| x * k + offset)
}
fn main() {
    let add_then_double = compose(|x: i32| x + 1, |x: i32| x * 2);
    println!("{}", add_then_double(5));
    let to_len = compose(|s: &str| s.trim().to_string(), |s: String| s.len());
    println!("{}", to_len("  four  "));
    let times3 = multiplier(3);
    let f = times3(10);
    println!("{} {}", f(1), f(2));
    let base = 100;
    let outer = |a: i32| {
        let inner = |b: i32| a + b + base;
        inner(1) + inner(2)
    };
    println!("{}", outer(5));
    let mut history = Vec::new();
    {
        let mut record = |x: i32| history.push(x * x);
        for i in 1..4 {
            record(i);
        }
    }
    println!("{:?}", history);
}
