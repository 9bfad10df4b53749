// `Option<i32>` is Copy; `as_ref()` and `&opt` borrow an `Option<String>`.
fn main() {
    let a: Option<i32> = Some(3);
    let x = a.unwrap();
    let y = a.unwrap();
    println!("{} {} {:?}", x, y, a);
    let o = Some(String::from("o"));
    let len = o.as_ref().map(|s| s.len());
    if let Some(s) = &o {
        println!("{}", s);
    }
    match &o {
        Some(s) => println!("{}", s),
        None => {}
    }
    println!("{:?} {:?}", len, o);
}
