struct Stack { items: Vec<i32> }
impl Stack {
    fn top(&self) -> &i32 { &self.items[self.items.len() - 1] }
    fn push(&mut self, x: i32) { self.items.push(x); }
}
fn main() {
    let mut s = Stack { items: vec![1] };
    let t = s.top();
    s.push(2);
    println!("{}", t);
}
