fn main() {
    let mut rows = vec![vec![1, 2], vec![3]];
    let first = rows.iter().flatten().next().copied();
    let total: i32 = rows.iter().flatten().sum();
    let owned: Vec<i32> = rows.iter().flatten().cloned().collect();
    rows.push(vec![4]);
    println!("{:?} {} {:?} {:?}", first, total, owned, rows);
}
