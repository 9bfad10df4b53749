use std::cell::RefCell;
use std::rc::Rc;
struct Counter<'a> { items: &'a [i32], pos: usize }
impl<'a> Iterator for Counter<'a> {
    type Item = &'a i32;
    fn next(&mut self) -> Option<&'a i32> {
        let r = self.items.get(self.pos);
        self.pos += 1;
        r
    }
}
trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
fn main() {
    let data = vec![1, 2, 3];
    let c = Counter { items: &data, pos: 0 };
    let v: Vec<&i32> = c.collect();
    let shared = Rc::new(RefCell::new(vec![1]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(2);
    let n = shared.borrow().len();
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0))];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("{:?} {} {}", v, n, total);
}
