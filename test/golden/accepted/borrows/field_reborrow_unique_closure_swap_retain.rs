struct Inventory { items: Vec<String>, count: usize }
impl Inventory {
    fn add(&mut self, s: &str) {
        let items = &mut self.items;
        items.push(s.to_string());
        self.count = items.len();
    }
    fn first(&self) -> Option<&String> { self.items.first() }
}
fn main() {
    let mut inv = Inventory { items: vec![], count: 0 };
    inv.add("a");
    let f = inv.first().cloned();
    inv.add("b");
    let mut x = 1;
    let r = &mut x;
    let mut c = || *r += 1;
    c();
    c();
    *r += 1;
    let mut a = vec![1];
    let mut b = vec![2];
    std::mem::swap(&mut a, &mut b);
    let mut v = vec![1, 2, 3];
    for i in 0..v.len() {
        let x = v[i];
        v.push(x);
    }
    v.retain(|e| *e != x);
    println!("{:?} {} {:?} {:?} {:?}", f, inv.count, a, b, v);
}
