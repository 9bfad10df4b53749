// Generic wrappers with Display, FnMut parameters, by_ref iteration and split by a closure.
use std::fmt::Display;
trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::from("shape") } }
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } fn name(&self) -> String { "square".into() } }
struct Wrapper<T> { inner: T, count: usize }
impl<T: Display> Wrapper<T> {
    fn show(&self) -> String { format!("[{}; {}]", self.inner, self.count) }
}
impl<T: Display> std::fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { write!(f, "W({})", self.inner) }
}
fn sum_areas(shapes: &[Box<dyn Shape>]) -> f64 { shapes.iter().map(|s| s.area()).sum() }
fn apply_n<F>(n: usize, mut f: F) where F: FnMut(usize) { for i in 0..n { f(i); } }
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Id(u32);
fn main() {
    let w = Wrapper { inner: 3.5, count: 2 };
    println!("{} {}", w.show(), w);
    let ws = vec![Wrapper { inner: "a", count: 1 }, Wrapper { inner: "b", count: 2 }];
    let joined: Vec<String> = ws.iter().map(|w| w.to_string()).collect();
    println!("{}", joined.join(","));
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0)), Box::new(Sq(1.5))];
    println!("{} {}", sum_areas(&shapes), shapes[0].name());
    let mut acc = Vec::new();
    apply_n(4, |i| acc.push(i * i));
    println!("{:?}", acc);
    let mut ids = vec![Id(3), Id(1), Id(2)];
    ids.sort();
    println!("{:?} {:?}", ids, ids.iter().max());
    let s = "Hello, World";
    let counts = s.chars().fold([0usize; 2], |mut acc, c| { if c.is_uppercase() { acc[0] += 1 } else if c.is_lowercase() { acc[1] += 1 } acc });
    println!("{:?}", counts);
    let mut matrix = vec![vec![1, 2], vec![3, 4]];
    for row in matrix.iter_mut() { for x in row.iter_mut() { *x *= 10; } }
    println!("{:?}", matrix);
    let t: Vec<(usize, char)> = "abc".chars().enumerate().filter(|(i, _)| i % 2 == 0).collect();
    println!("{:?}", t);
    let nested: Vec<Vec<i32>> = (1..4).map(|i| (0..i).collect()).collect();
    println!("{:?}", nested);
    let v2: Vec<String> = vec!["x"; 3].iter().map(|s| s.repeat(2)).collect();
    println!("{:?}", v2);
    let mut it = (1..10).into_iter();
    let firsts: Vec<i32> = it.by_ref().take(3).collect();
    let rest: i32 = it.sum();
    println!("{:?} {}", firsts, rest);
    let text = String::from("a-b_c d");
    let parts: Vec<&str> = text.split(|c: char| c == '-' || c == '_' || c == ' ').collect();
    println!("{:?}", parts);
    println!("{}", i32::MAX.wrapping_add(1));
    let opt: Option<Vec<i32>> = Some(vec![1]);
    if let Some(ref v) = opt { println!("{}", v.len()); }
    println!("{:?}", opt);
}
