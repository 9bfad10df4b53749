fn total(v: Vec<u32>) -> u32 {
    v.iter().sum()
}

fn main() {
    let v = vec![1, 2, 3];
    let part = &v[..2];
    let t = total(v);
    println!("{:?} {}", part, t);
}
