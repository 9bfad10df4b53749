// Closures capturing by reference, by mutable reference and by value (move); Fn, FnMut, FnOnce.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}
fn apply_mut<F: FnMut()>(mut f: F) {
    f();
    f();
}
fn apply_once<F: FnOnce() -> String>(f: F) -> String {
    f()
}
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}
fn make_counter() -> Box<dyn FnMut() -> u32> {
    let mut count = 0;
    Box::new(move || {
        count += 1;
        count
    })
}
fn main() {
    let factor = 3;
    let times = |x| x * factor;
    println!("{}", apply(times, 7));
    println!("{}", apply(|x| x - 1, 7));
    let mut total = 0;
    apply_mut(|| total += 5);
    println!("total {}", total);
    let name = String::from("owned");
    let greeting = apply_once(move || format!("hello {}", name));
    println!("{}", greeting);
    let add5 = make_adder(5);
    println!("{} {}", add5(1), add5(10));
    let mut counter = make_counter();
    println!("{} {} {}", counter(), counter(), counter());
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(|x| x * x)];
    for f in &fs {
        print!("{} ", f(6));
    }
    println!();
    let mut v = vec![3, 1, 2];
    let mut sorts = 0;
    v.sort_by(|a, b| {
        sorts += 1;
        a.cmp(b)
    });
    println!("{:?} {}", v, sorts > 0);
}
