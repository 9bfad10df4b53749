fn main() {
    let mut rows = vec![vec![1, 2], vec![3]];
    let cells = rows.iter().flat_map(|r| r.iter());
    rows.clear();
    println!("{}", cells.count());
}
