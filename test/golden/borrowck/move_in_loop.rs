// Moving a variable declared outside a loop: the second iteration uses a moved value.
fn take(s: String) {
    println!("{}", s);
}

fn main() {
    let s = String::from("again");
    for _ in 0..3 {
        take(s);
    }
}
