struct Node { next: Option<Box<Node>>, val: i32 }
fn last_mut(mut cur: &mut Node) -> &mut Node {
    loop {
        match cur.next {
            Some(ref mut n) => cur = n,
            None => return cur,
        }
    }
}
fn main() {
    let mut n = Node { next: Some(Box::new(Node { next: None, val: 2 })), val: 1 };
    last_mut(&mut n).val = 5;
    println!("{}", n.val);
}
