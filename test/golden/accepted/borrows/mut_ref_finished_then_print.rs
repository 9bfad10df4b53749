fn main() {
    let mut s = String::from("x");
    let m = &mut s;
    m.push('y');
    println!("{}", s);
}
