// Moved on one path only: rustc still rejects the later use.
fn take(s: String) {
    println!("{}", s);
}

fn main() {
    let s = String::from("maybe");
    let flag = std::env::args().count() > 3;
    if flag {
        take(s);
    }
    println!("{}", s);
}
