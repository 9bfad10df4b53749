// A move in a branch that leaves the function does not reach the later use.
fn take(s: String) {
    println!("{}", s);
}

fn check(s: String, early: bool) -> usize {
    if early {
        take(s);
        return 0;
    }
    s.len()
}

fn main() {
    let s = String::from("x");
    println!("{}", check(s, false));
    let t = String::from("y");
    let n = match std::env::args().count() {
        0 => {
            take(t);
            panic!("no program name");
        }
        k => k,
    };
    println!("{} {}", t, n);
}
