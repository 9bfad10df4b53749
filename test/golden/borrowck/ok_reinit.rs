// A moved variable that is assigned again is usable again, also inside a loop.
fn take(s: String) -> usize {
    s.len()
}

fn main() {
    let mut s = String::from("first");
    let t = s;
    s = String::from("second");
    println!("{} {}", s, t);
    for i in 0..3 {
        take(s);
        s = format!("round {}", i);
    }
    println!("{}", s);
}
