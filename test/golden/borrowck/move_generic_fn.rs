// Passing a value to a generic function moves it.
fn keep<T>(t: T) -> T {
    t
}

fn main() {
    let s = String::from("g");
    let k = keep(s);
    println!("{} {}", k, s);
}
