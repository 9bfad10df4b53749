// References: shared and mutable borrows, dereferencing, passing &mut to functions.
fn add_one(x: &mut i32) {
    *x += 1;
}
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}
fn sum(v: &[i32]) -> i32 {
    let mut t = 0;
    for x in v {
        t += x;
    }
    t
}
fn push_twice(v: &mut Vec<String>, s: &str) {
    v.push(s.to_string());
    v.push(s.to_uppercase());
}
fn main() {
    let mut n = 5;
    add_one(&mut n);
    add_one(&mut n);
    println!("{}", n);
    let r = &n;
    let rr = &r;
    println!("{} {} {}", r, *r + 1, **rr);
    println!("{}", longest("hello", "hi"));
    let v = vec![1, 2, 3, 4];
    println!("{} {}", sum(&v), sum(&v[1..3]));
    let mut names = Vec::new();
    push_twice(&mut names, "ab");
    println!("{:?}", names);
    let mut arr = [1, 2, 3];
    for x in arr.iter_mut() {
        *x *= 10;
    }
    println!("{:?}", arr);
    let first = &mut arr[0];
    *first = 7;
    println!("{:?}", arr);
    let mut s = String::from("x");
    {
        let m = &mut s;
        m.push('y');
    }
    println!("{}", s);
    let p = &mut (1, 2);
    p.0 += 10;
    println!("{:?}", p);
}
