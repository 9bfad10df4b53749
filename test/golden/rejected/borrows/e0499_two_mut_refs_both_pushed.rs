fn main() {
    let mut s = String::from("x");
    let r1 = &mut s;
    let r2 = &mut s;
    r1.push('a');
    r2.push('b');
}
