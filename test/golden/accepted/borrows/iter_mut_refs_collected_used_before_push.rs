fn main() {
    let mut v = vec![1, 2, 3];
    let refs: Vec<&mut i32> = v.iter_mut().filter(|x| **x > 1).collect();
    for r in refs {
        *r += 1;
    }
    v.push(4);
    println!("{:?}", v);
}
