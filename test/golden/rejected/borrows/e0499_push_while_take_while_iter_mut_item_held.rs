fn main() {
    let mut v = vec![5, 4, 3];
    let mut it = v.iter_mut().take_while(|x| **x > 3);
    let first = it.next();
    v.push(1);
    println!("{:?}", first);
}
