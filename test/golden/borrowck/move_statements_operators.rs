// Statement-level moves: `x;` and `{ b }` move, `let _ = s` and a wildcard match do not; assigning into a moved struct; move closures; `+` on a String.
struct P { name: String, age: u32 }
fn main() {
    let s = String::new();
    let t = s;
    let _ = s;
    match s { _ => {} }
    let u = String::new();
    u;
    let w = u;
    let mut p = P { name: String::new(), age: 1 };
    let q = p;
    p.name = String::new();
    let a = String::new();
    let f = move || a.len();
    println!("{}", a);
    let b = String::new();
    { b };
    let c = b;
    let v = String::new();
    let x = v + "a";
    let y = v.len();
}
