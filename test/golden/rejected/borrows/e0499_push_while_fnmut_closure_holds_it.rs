fn main() {
    let mut s = String::from("hi");
    let mut add = |c: char| s.push(c);
    s.push('x');
    add('a');
}
