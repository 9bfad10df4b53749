// A user smart pointer with Deref/DerefMut and Drop (the Rust book's MyBox), deref coercion,
// and a grid type with Index/IndexMut.
use std::ops::{Deref, DerefMut, Index, IndexMut};
struct MyBox<T: std::fmt::Debug>(T);
impl<T: std::fmt::Debug> MyBox<T> {
    fn new(x: T) -> MyBox<T> {
        MyBox(x)
    }
}
impl<T: std::fmt::Debug> Deref for MyBox<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
impl<T: std::fmt::Debug> DerefMut for MyBox<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}
impl<T: std::fmt::Debug> Drop for MyBox<T> {
    fn drop(&mut self) {
        println!("dropping MyBox({:?})", self.0);
    }
}
fn hello(name: &str) {
    println!("Hello, {}!", name);
}
struct Grid {
    w: usize,
    cells: Vec<char>,
}
impl Index<(usize, usize)> for Grid {
    type Output = char;
    fn index(&self, (x, y): (usize, usize)) -> &char {
        &self.cells[y * self.w + x]
    }
}
impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (x, y): (usize, usize)) -> &mut char {
        &mut self.cells[y * self.w + x]
    }
}
fn main() {
    let x = 5;
    let y = MyBox::new(x);
    assert_eq!(5, *y);
    println!("{}", *y + 1);
    let m = MyBox::new(String::from("Rust"));
    hello(&m);
    println!("{} {}", m.len(), m.to_uppercase());
    let mut v = MyBox::new(vec![1, 2]);
    v.push(3);
    *v = vec![9];
    println!("{:?}", *v);
    let mut g = Grid { w: 3, cells: vec!['.'; 6] };
    g[(1, 1)] = '#';
    println!("{} {}", g[(1, 1)], g[(0, 0)]);
    let row: String = (0..3).map(|x| g[(x, 1)]).collect();
    println!("{}", row);
    println!("end of main");
}
