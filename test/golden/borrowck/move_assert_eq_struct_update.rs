// Uses rustc reports at a macro call or a whole literal: `assert_eq!` borrows its operands inside
// its expansion, and `..base` reads the base's fields at the struct literal.
#[derive(Debug, PartialEq)]
struct Point {
    x: f64,
    y: f64,
}

fn main() {
    let v2: Vec<i32> = vec![2, 3, 4];
    drop(v2);
    assert_eq!(v2, vec![2, 3, 4]);
    let a = Point { x: 1.0, y: 2.0 };
    drop(a);
    let b = Point { x: 3.0, ..a };
    println!("{:?}", b);
    let n = String::from("n");
    drop(n);
    assert!(n.is_empty());
}
