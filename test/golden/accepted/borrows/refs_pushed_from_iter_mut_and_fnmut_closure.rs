fn main() {
    let mut v = vec![1, 2, 3];
    let mut refs: Vec<&mut i32> = Vec::new();
    for x in v.iter_mut() { refs.push(x); }
    *refs[0] += 1;
    let mut stack = vec![1];
    while let Some(top) = stack.pop() {
        if top < 3 { stack.push(top + 1); }
    }
    let mut s = String::new();
    let mut add = |c: char| s.push(c);
    add('a');
    add('b');
    println!("{:?} {}", v, s);
}
