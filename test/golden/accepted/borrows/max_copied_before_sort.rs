fn main() {
    let mut v = vec![3, 1, 2];
    let biggest = *v.iter().max().unwrap();
    v.sort();
    println!("{} {:?}", biggest, v);
}
