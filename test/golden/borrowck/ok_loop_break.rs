// A move followed by `break` happens at most once.
fn take(s: String) {
    println!("{}", s);
}

fn main() {
    let s = String::from("once");
    loop {
        take(s);
        break;
    }
    let t = String::from("twice?");
    for i in 0..10 {
        if i == 3 {
            take(t);
            break;
        }
    }
}
