fn main() {
    let mut o = Some(String::from("a"));
    if let Some(ref mut s) = o {
        s.push('b');
    }
    println!("{:?}", o);
}
