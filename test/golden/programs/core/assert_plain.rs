// A plain assert! failure prints the condition's source text.
fn check(x: i32) {
    assert!(x >= 0 && x < 10);
    println!("{} ok", x);
}
fn main() {
    check(3);
    check(12);
}
