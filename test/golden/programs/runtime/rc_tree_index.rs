use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::collections::HashMap;

struct Node { name: String, parent: RefCell<Weak<Node>>, kids: RefCell<Vec<Rc<Node>>> }
impl Drop for Node { fn drop(&mut self) { println!("drop {} (kids {})", self.name, self.kids.borrow().len()); } }

fn node(name: &str) -> Rc<Node> {
    Rc::new(Node { name: name.to_string(), parent: RefCell::new(Weak::new()), kids: RefCell::new(vec![]) })
}

fn adopt(p: &Rc<Node>, c: Rc<Node>) {
    *c.parent.borrow_mut() = Rc::downgrade(p);
    p.kids.borrow_mut().push(c);
}

fn path(n: &Rc<Node>) -> String {
    match n.parent.borrow().upgrade() {
        Some(p) => format!("{}/{}", path(&p), n.name),
        None => n.name.clone(),
    }
}

fn main() {
    let root = node("root");
    let a = node("a");
    let b = node("b");
    adopt(&root, a.clone());
    adopt(&a, b.clone());
    println!("{}", path(&b));
    println!("root strong={} weak={}", Rc::strong_count(&root), Rc::weak_count(&root));
    println!("a strong={} weak={}", Rc::strong_count(&a), Rc::weak_count(&a));
    drop(a);
    let mut index: HashMap<String, Weak<Node>> = HashMap::new();
    index.insert("b".into(), Rc::downgrade(&b));
    drop(b);
    println!("b alive via index: {}", index["b"].upgrade().is_some());
    let guard = root.kids.borrow();
    println!("kids: {}", guard.iter().map(|k| k.name.as_str()).collect::<Vec<_>>().join(","));
    drop(guard);
    root.kids.borrow_mut().clear();
    println!("cleared");
    println!("b alive via index: {}", index["b"].upgrade().is_some());
    let v: RefCell<Vec<i32>> = RefCell::new(vec![3, 1, 2]);
    v.borrow_mut().sort();
    let first = v.borrow()[0];
    println!("{first} {:?}", v);
    let total = {
        let r = v.borrow();
        r.iter().sum::<i32>()
    };
    println!("{total}");
    let shared = Rc::new(5);
    let list: Vec<Rc<i32>> = std::iter::repeat(Rc::clone(&shared)).take(3).collect();
    println!("{} {}", Rc::strong_count(&shared), list.len());
    let weak_list: Vec<Weak<i32>> = list.iter().map(Rc::downgrade).collect();
    println!("weak {}", Rc::weak_count(&shared));
    drop(list);
    drop(weak_list);
    println!("{} {}", Rc::strong_count(&shared), Rc::weak_count(&shared));
}
