fn main() {
    let mut s = String::from("x");
    let m = &mut s;
    println!("{}", s);
    m.push('y');
}
