// Clone makes deep copies: new heap blocks for Strings and Vecs; the copies change independently.
#[derive(Debug, Clone)]
struct Doc {
    title: String,
    lines: Vec<String>,
    rev: u32,
}
fn main() {
    let a = Doc { title: "notes".to_string(), lines: vec!["one".to_string()], rev: 1 };
    let mut b = a.clone();
    b.title.push_str(" (copy)");
    b.lines.push("two".to_string());
    b.rev += 1;
    println!("{:?}", a);
    println!("{:?}", b);
    let c = Doc { rev: 9, ..b.clone() };
    println!("{} {} {}", c.title, c.lines.len(), c.rev);
    let v = vec![a.clone(), b, c];
    let titles: Vec<&str> = v.iter().map(|d| d.title.as_str()).collect();
    println!("{:?}", titles);
    println!("{} {}", a.title.capacity(), v[0].title.capacity());
}
