fn main() {
    let mut v = vec![1, 2, 3];
    let mut refs: Vec<&i32> = Vec::new();
    for x in v.iter() { refs.push(x); }
    v.push(4);
    println!("{:?}", refs);
}
