// Enum variants brought into scope with `use`, and a channel receiver moved in a loop.
use std::sync::mpsc;

enum List {
    Cons(i32, Box<List>),
    Nil,
}

use crate::List::{Cons, Nil};

fn consume(_r: mpsc::Receiver<i32>) {}

fn main() {
    let a = Cons(5, Box::new(Cons(10, Box::new(Nil))));
    let b = Cons(3, Box::new(a));
    let c = Cons(4, Box::new(a));
    let (tx, rx) = mpsc::channel();
    for _ in 0..2 {
        consume(rx);
    }
    tx.send(1).unwrap();
    let _ = (b, c);
}
