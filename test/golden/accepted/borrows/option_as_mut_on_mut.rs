fn main() {
    let mut o = Some(String::from("a"));
    if let Some(s) = o.as_mut() {
        s.push('b');
    }
    println!("{:?}", o);
}
