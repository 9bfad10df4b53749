// A move closure inside a closure: the outer closure must own the value, so creating it moves it.
fn main() {
    let name = String::from("nested");
    let outer = || {
        let inner = move || name.len();
        inner()
    };
    println!("{}", outer());
    println!("{}", name);
}
