fn total(v: Vec<u32>) -> u32 {
    v.iter().sum()
}

fn main() {
    let v = vec![1, 2, 3];
    let part: Vec<u32> = v[..2].to_vec();
    let t = total(v);
    println!("{:?} {}", part, t);
}
