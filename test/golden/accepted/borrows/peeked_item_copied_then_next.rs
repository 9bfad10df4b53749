fn main() {
    let v = vec![1, 2];
    let mut it = v.iter().peekable();
    let top = it.peek().copied();
    it.next();
    let names = vec!["a", "b"];
    let mut it2 = names.iter().peekable();
    let top2 = it2.peek().copied();
    it2.next();
    println!("{:?} {:?}", top, top2);
}
