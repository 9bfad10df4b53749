fn main() {
    let mut rows = vec![vec![1, 2], vec![3]];
    let first = rows.iter().flatten().next();
    rows.push(vec![4]);
    println!("{:?}", first);
}
