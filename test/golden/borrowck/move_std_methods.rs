// Standard methods that take `self`: `into_iter`, `unwrap` on an owned Option, `into_bytes`.
fn main() {
    let v = vec![String::from("x"), String::from("y")];
    let it = v.into_iter();
    println!("{}", v.len());

    let o: Option<String> = Some(String::from("z"));
    let inner = o.unwrap();
    println!("{:?}", o);

    let s = String::from("bytes");
    let b = s.into_bytes();
    println!("{}", s);
    println!("{} {} {:?}", it.count(), inner, b);
}
