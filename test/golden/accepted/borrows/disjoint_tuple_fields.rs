fn main() {
    let mut pair = (vec![1], vec![2]);
    let a = &mut pair.0;
    let b = &pair.1;
    a.extend(b.iter());
    println!("{:?}", pair);
}
