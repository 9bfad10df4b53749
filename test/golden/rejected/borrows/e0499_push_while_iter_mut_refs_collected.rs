fn main() {
    let mut v = vec![1, 2, 3];
    let refs: Vec<&mut i32> = v.iter_mut().collect();
    v.push(4);
    println!("{}", refs.len());
}
