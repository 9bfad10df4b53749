// A tree of owned children, builder methods taking self, and a `ref` binding that keeps a temporary alive.
#[derive(Debug)]
struct Node { name: String, children: Vec<Node> }
impl Node {
    fn leaf(n: &str) -> Node { Node { name: n.to_string(), children: vec![] } }
    fn with(mut self, c: Node) -> Node { self.children.push(c); self }
    fn depth(&self) -> usize { 1 + self.children.iter().map(|c| c.depth()).max().unwrap_or(0) }
    fn names(&self, out: &mut Vec<String>, prefix: &str) {
        out.push(format!("{}{}", prefix, self.name));
        for c in &self.children { c.names(out, &format!("{}  ", prefix)); }
    }
}
impl Drop for Node { fn drop(&mut self) { println!("drop {}", self.name); } }
struct Stack<T> { items: Vec<T> }
impl<T: Clone + std::fmt::Debug> Stack<T> {
    fn new() -> Self { Stack { items: Vec::new() } }
    fn push(&mut self, t: T) -> &mut Self { self.items.push(t); self }
    fn peek(&self) -> Option<&T> { self.items.last() }
    fn snapshot(&self) -> Vec<T> { self.items.clone() }
}
fn longest<'a>(xs: &'a [String]) -> Option<&'a String> { xs.iter().max_by_key(|s| s.len()) }
fn main() {
    let tree = Node::leaf("root").with(Node::leaf("a").with(Node::leaf("a1"))).with(Node::leaf("b"));
    println!("depth {}", tree.depth());
    let mut names = Vec::new();
    tree.names(&mut names, "");
    for n in &names { println!("{}", n); }
    let mut s = Stack::new();
    s.push(1).push(2).push(3);
    println!("{:?} {:?}", s.peek(), s.snapshot());
    let words = vec!["hi".to_string(), "hello".to_string()];
    println!("{:?}", longest(&words));
    let moved = tree;
    println!("moved {}", moved.children.len());
    let Node { ref name, .. } = Node::leaf("tmp");
    println!("{}", name);
}
