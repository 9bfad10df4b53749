fn main() {
    let mut v = vec![1, 2, 3];
    let first = v.iter().skip_while(|x| **x < 2).next().copied();
    v[0] = 9;
    println!("{:?} {:?}", first, v);
}
