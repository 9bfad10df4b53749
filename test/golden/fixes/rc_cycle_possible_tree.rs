// A tree whose nodes hold their children and their parent strongly: a parent and its child keep
// each other alive. The parent link should be Weak.
use std::cell::RefCell;
use std::rc::Rc;

struct TreeNode {
    value: i32,
    children: RefCell<Vec<Rc<TreeNode>>>,
    parent: RefCell<Option<Rc<TreeNode>>>,
}

fn main() {
    let leaf = Rc::new(TreeNode { value: 3, children: RefCell::new(vec![]), parent: RefCell::new(None) });
    println!("{} {} {}", leaf.value, leaf.children.borrow().len(), leaf.parent.borrow().is_none());
}
