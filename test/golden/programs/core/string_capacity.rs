// String capacity grows like Vec<u8>: first allocation 8 bytes, then doubling or the required size.
fn main() {
    let mut s = String::new();
    let mut caps = Vec::new();
    for c in "abcdefghijklmnopqrstuvwxyz".chars() {
        s.push(c);
        caps.push(s.capacity());
    }
    println!("{:?}", caps);
    let mut t = String::from("hi");
    println!("{} {}", t.len(), t.capacity());
    t.push_str(" there, a longer piece of text");
    println!("{} {}", t.len(), t.capacity());
    let u = "exact".to_string();
    println!("{}", u.capacity());
    let w = String::with_capacity(100);
    println!("{} {}", w.len(), w.capacity());
    let mut x = String::with_capacity(2);
    x.push_str("abc");
    println!("{}", x.capacity());
    let cloned = t.clone();
    println!("{} {}", cloned.len(), cloned.capacity());
    let mut shrunk = String::with_capacity(50);
    shrunk.push_str("abc");
    shrunk.shrink_to_fit();
    println!("{}", shrunk.capacity());
    let up = "MiXeD".to_lowercase();
    println!("{} {}", up, up.capacity());
}
