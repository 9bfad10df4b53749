fn main() {
    let mut v = vec![3, 1, 2];
    let top = v.iter_mut().max();
    v.push(0);
    println!("{:?}", top);
}
