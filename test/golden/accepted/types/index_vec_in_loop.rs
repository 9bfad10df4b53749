fn main() {
    let v = vec![1, 2];
    let mut total = 0;
    for i in 0..v.len() {
        total += v[i];
    }
    println!("{}", total);
}
