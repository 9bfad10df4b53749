// Which use rustc reports when several run into the same move: the borrow checker visits blocks in
// reverse postorder (else before then, the code after a while/for loop before its body, …).
fn c() -> bool { std::env::args().count() > 1 }
fn w1() {
    let s = String::new();
    let t = s;
    while c() {
        println!("{}", s);
    }
    println!("{}", s);
}
fn l1() {
    let s = String::new();
    let t = s;
    loop {
        println!("{}", s);
        if c() { break; }
    }
    println!("{}", s);
}
fn i1() {
    let s = String::new();
    let t = s;
    if c() {
        println!("{}", s);
    } else {
        println!("{}", s);
    }
}
fn i2() {
    let s = String::new();
    let t = s;
    if c() {
        println!("{}", s);
    }
    println!("{}", s);
}
fn m1() {
    let s = String::new();
    let t = s;
    match std::env::args().count() {
        0 => println!("{}", s),
        1 => println!("{}", s),
        _ => println!("{}", s),
    }
}
fn f1() {
    let s = String::new();
    let t = s;
    for _ in 0..3 {
        println!("{}", s);
    }
    println!("{}", s);
}
fn f2() {
    let s = String::new();
    let t = s;
    for _ in 0..3 {
        println!("{}", s);
    }
    for _ in 0..3 {
        println!("{}", s);
    }
}
fn l2() {
    let s = String::new();
    let t = s;
    loop {
        if c() { break; }
        println!("{}", s);
    }
    println!("{}", s);
}
fn i3() {
    let s = String::new();
    let t = s;
    if c() {
        println!("{}", s);
    } else if c() {
        println!("{}", s);
    }
    println!("{}", s);
}
fn main() {}
