fn main() {
    let mut rows = vec![vec![String::from("a")], vec![String::from("b")]];
    let first = rows.iter().flat_map(|r| r.iter()).next();
    rows.clear();
    println!("{:?}", first);
}
