fn main() {
    let mut v = vec![1, 2];
    let extra: Vec<i32> = v.iter().map(|x| x * 10).collect();
    v.extend(extra);
    println!("{:?}", v);
}
