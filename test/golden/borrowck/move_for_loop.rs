// `for x in v` calls `into_iter(v)` and moves the vector; `for x in &v` would only borrow it.
fn main() {
    let names = vec![String::from("ann"), String::from("bob")];
    for n in names {
        println!("{}", n);
    }
    println!("{}", names.len());
}
