fn main() {
    let v = vec![1, 5, 2];
    let mut limit = 4;
    let n = v.iter().take_while(|x| **x < limit).count();
    limit = 0;
    println!("{} {}", n, limit);
}
