// Shadowing does not drop: both values live until the scope ends.
fn main() {
    let s = String::from("one");
    let s = s.len();
    let t = vec![s];
    let t = t.len() + 1;
    println!("{} {}", s, t);
}
