// A `sync::Weak` upgrades to an `Arc` (not an `Rc`), and stops upgrading once the last `Arc` is dropped.
use std::sync::{Arc, Weak};
struct Node { parent: Weak<Node>, tag: u8 }
fn main() {
    let root = Arc::new(Node { parent: Weak::new(), tag: 1 });
    let leaf = Arc::new(Node { parent: Arc::downgrade(&root), tag: 2 });
    let up: Option<Arc<Node>> = leaf.parent.upgrade();
    println!("{:?} {}", up.map(|n| n.tag), leaf.tag);
    println!("{} {}", Arc::strong_count(&root), Arc::weak_count(&root));
    let w = leaf.parent.clone();
    drop(root);
    println!("{} {}", w.upgrade().is_none(), w.strong_count());
    println!("{}", root_gone(&leaf));
}
fn root_gone(n: &Arc<Node>) -> bool { n.parent.upgrade().is_none() }
