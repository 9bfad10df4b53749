use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::sync::atomic::{AtomicUsize, AtomicBool, AtomicI32, Ordering};
static COUNTER: Mutex<i32> = Mutex::new(0);
static HITS: AtomicUsize = AtomicUsize::new(0);
static FLAG: AtomicBool = AtomicBool::new(false);
#[derive(Debug)]
struct S { c: Cell<u8>, r: RefCell<Vec<u8>>, rc: Rc<String> }
fn bump() { *COUNTER.lock().unwrap() += 1; HITS.fetch_add(2, Ordering::Relaxed); }
fn main() {
    let s = S { c: Cell::new(1), r: RefCell::new(vec![1, 2]), rc: Rc::new("hi".into()) };
    println!("{:#?}", s);
    let m: BTreeMap<&str, Vec<u8>> = [("a", vec![1]), ("b", vec![])].into_iter().collect();
    println!("{:#?}", m);
    let d: VecDeque<_> = (1..4).collect();
    println!("{:#?}", d);
    bump(); bump();
    println!("{} {}", *COUNTER.lock().unwrap(), HITS.load(Ordering::SeqCst));
    println!("{:?}", FLAG.swap(true, Ordering::SeqCst));
    println!("{:?} {:?}", FLAG.load(Ordering::SeqCst), FLAG.compare_exchange(true, false, Ordering::SeqCst, Ordering::SeqCst));
    let a = AtomicI32::new(i32::MAX);
    a.fetch_add(1, Ordering::SeqCst);
    println!("{:?}", a);
    let arc = Arc::new(Mutex::new(0u8));
    println!("{:?}", arc);
    let g = arc.lock().unwrap();
    println!("{:?} {}", *g, g);
    drop(g);
    let cell = RefCell::new(1);
    let b1 = cell.borrow();
    println!("{:?} {}", b1, *b1 + 1);
}
