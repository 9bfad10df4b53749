fn main() {
    let mut v = vec![3, 1, 2];
    let m = v.iter().max();
    v.sort();
    println!("{:?}", m);
}
