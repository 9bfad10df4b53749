// Moved in both branches and re-initialised after: fine.
fn take(s: String) {
    println!("{}", s);
}

fn main() {
    let mut s = String::from("s");
    if std::env::args().count() > 1 {
        take(s);
    } else {
        let t = s;
        println!("{}", t);
    }
    s = String::from("again");
    println!("{}", s);
}
