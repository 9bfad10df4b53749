// Methods that take `&self`/`&mut self` never move the receiver.
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn push(&mut self, x: i32) {
        self.items.push(x);
    }
    fn peek(&self) -> Option<&i32> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut st = Stack { items: Vec::new() };
    st.push(1);
    st.push(2);
    println!("{:?} {}", st.peek(), st.len());
    let mut s = String::from("abc");
    s.push('d');
    let upper = s.to_uppercase();
    let trimmed = s.trim();
    println!("{} {} {} {}", s, upper, trimmed, s.contains('a'));
    let v = vec![3, 1, 2];
    let n = v.iter().count();
    let first = v.first();
    println!("{} {:?} {:?}", n, first, v);
}
