// A tree whose nodes hold their children and their parent strongly: a parent and its child could
// keep each other alive. The parent link should be Weak.
use std::cell::RefCell;
use std::rc::Rc;

struct TreeNode {
    value: i32,
    children: RefCell<Vec<Rc<TreeNode>>>,
    parent: RefCell<Option<Rc<TreeNode>>>,
}

fn main() {
    let root = Rc::new(TreeNode { value: 1, children: RefCell::new(vec![]), parent: RefCell::new(None) });
    let leaf = Rc::new(TreeNode { value: 2, children: RefCell::new(vec![]), parent: RefCell::new(Some(Rc::clone(&root))) });
    println!("{} {} {}", root.value, leaf.value, Rc::strong_count(&root));
}
