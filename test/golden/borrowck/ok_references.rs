// Borrowing never moves: `&x`, `for x in &v`, `.iter()`, `&self` methods.
fn length(s: &String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("borrowed");
    let r = &s;
    println!("{}", length(&s));
    println!("{} {}", r, s.len());
    let v = vec![String::from("a"), String::from("b")];
    for x in &v {
        println!("{}", x);
    }
    for x in v.iter() {
        println!("{}", x);
    }
    let mut w = v;
    w.push(String::from("c"));
    println!("{:?} {}", w, w.is_empty());
}
