fn main() {
    let mut s = String::from("a");
    let m = &mut s;
    let view: &String = &*m;
    println!("{}", view);
    m.push('b');
    println!("{}", s);
}
