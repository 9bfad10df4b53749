// A closure that consumes its capture, called once; a closure moved into a function.
fn run<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn main() {
    let s = String::from("captured");
    let give = move || s;
    let back = give();
    let t = String::from("t");
    let r = run(move || t + "!");
    println!("{} {}", back, r);
}
