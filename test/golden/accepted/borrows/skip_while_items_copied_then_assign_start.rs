fn main() {
    let v = vec![1, 5, 2];
    let mut start = 3;
    let rest: Vec<i32> = v.iter().skip_while(|x| **x < start).copied().collect();
    start += 1;
    println!("{:?} {}", rest, start);
}
