// Returning a moved-in value and moving at the end of a function are fine.
fn build(name: String) -> String {
    let greeting = format!("hello {}", name);
    greeting
}

fn pick(a: String, b: String, first: bool) -> String {
    if first {
        a
    } else {
        b
    }
}

fn main() {
    let n = String::from("n");
    let g = build(n);
    let p = pick(g, String::from("b"), true);
    println!("{}", p);
}
