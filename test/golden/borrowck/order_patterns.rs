// The same for if let, match arms, while let, &&, ? and guards.
fn c() -> bool { std::env::args().count() > 1 }
fn o() -> Option<i32> { None }
fn a1() {
    let s = String::new();
    let t = s;
    if let Some(_x) = o() {
        println!("{}", s);
    } else {
        println!("{}", s);
    }
}
fn a2() {
    let s = String::new();
    let t = s;
    match o() {
        None => println!("{}", s),
        Some(_) => println!("{}", s),
    }
}
fn a3() {
    let s = String::new();
    let t = s;
    while let Some(_x) = o() {
        println!("{}", s);
    }
    println!("{}", s);
}
fn a4() {
    let s = String::new();
    let t = s;
    let b = c() && { println!("{}", s); true };
    println!("{}", s);
}
fn a5() {
    let s = String::new();
    let t = s;
    match std::env::args().count() {
        2 => println!("{}", s),
        0 => println!("{}", s),
        _ => println!("{}", s),
    }
}
fn a6() -> Option<i32> {
    let s = String::new();
    let t = s;
    let v = o()?;
    println!("{}", s);
    Some(v)
}
fn a7() {
    let s = String::new();
    let t = s;
    match o() {
        Some(x) if x > 3 => println!("{}", s),
        Some(_) => println!("{}", s),
        None => println!("{}", s),
    }
}
fn main() {}
