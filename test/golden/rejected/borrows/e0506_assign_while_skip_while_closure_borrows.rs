fn main() {
    let v = vec![1, 5, 2];
    let mut start = 3;
    let rest = v.iter().skip_while(|x| **x < start);
    start += 1;
    println!("{} {}", rest.count(), start);
}
