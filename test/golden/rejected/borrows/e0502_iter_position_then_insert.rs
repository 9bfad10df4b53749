fn main() {
    let mut v = vec![1, 3];
    let pos = v.iter().find(|x| **x > 1);
    v.insert(1, 2);
    println!("{:?}", pos);
}
