// Several moves in one function: each use reports the nearest move; repeated uses of the same move are reported once, and a use of a field replaces the report of its whole struct.
#[derive(Debug)]
struct P { name: String, age: u32 }
fn take(_s: String) {}
fn main() {
    let s = String::from("a");
    let t = s;
    println!("{}", s);
    println!("{}", s.len());
    let a = String::new();
    let b = a;
    let c = a;
    let d = a;
    let p = P { name: String::new(), age: 3 };
    let n = p.name;
    println!("{:?}", p);
    println!("{}", p.name);
    let q = P { name: String::new(), age: 3 };
    let m = q;
    println!("{}", q.name);
    println!("{:?}", q);
    let x = String::new();
    let y = x;
    println!("{x}");
    let z = String::new();
    let w = z;
    let cl = || println!("{}", z);
    for _ in 0..3 { take(t); }
}
