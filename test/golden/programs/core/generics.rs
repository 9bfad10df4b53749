// Generic functions and types, trait bounds, impl blocks on generic structs.
use std::fmt::Display;
#[derive(Debug, Clone, PartialEq)]
struct Pair<T> {
    a: T,
    b: T,
}
impl<T: PartialOrd + Copy> Pair<T> {
    fn largest(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
}
fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut m = items[0];
    for &x in items {
        if x > m {
            m = x;
        }
    }
    m
}
fn show_all<T: Display>(items: &[T]) -> String {
    let parts: Vec<String> = items.iter().map(|x| format!("<{}>", x)).collect();
    parts.join("")
}
struct Stack<T> {
    items: Vec<T>,
}
impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, x: T) {
        self.items.push(x);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}
fn main() {
    println!("{}", largest(&[3, 9, 2]));
    println!("{}", largest(&[1.5, 0.5]));
    println!("{}", largest(&['x', 'b']));
    let p = Pair { a: 4, b: 7 };
    println!("{} {:?} {}", p.largest(), p.clone(), p == Pair { a: 4, b: 7 });
    println!("{}", show_all(&["a", "b"]));
    let mut s: Stack<String> = Stack::new();
    s.push("x".to_string());
    s.push("y".to_string());
    println!("{:?} {}", s.pop(), s.len());
}
