// `.clone()` copies the value; the original is still usable.
fn take(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("clone me");
    let t = s.clone();
    let n = take(s.clone());
    println!("{} {} {}", s, t, n);
    let v = vec![String::from("a")];
    for x in v.clone() {
        println!("{}", x);
    }
    println!("{:?}", v);
}
