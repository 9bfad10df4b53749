fn main() {
    let mut v = vec![1, 2, 3];
    let at = v.iter().position(|x| *x == 2);
    v.push(4);
    println!("{:?} {:?}", at, v);
}
