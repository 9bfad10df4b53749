fn main() {
    let readings = vec![4, 8, 15];
    let all = &readings;
    drop(readings);
    let mut sum = 0;
    for r in all.iter() {
        sum += r;
    }
    println!("{sum}");
}
