fn main() {
    let mut s = String::from("hello");
    let a = &mut s;
    a.push('!');
    let b = &mut s;
    b.push('?');
    println!("{}", s);
}
