fn main() {
    let mut v = vec![1, 2, 3];
    let mut refs: Vec<&mut i32> = Vec::new();
    for _ in 0..2 {
        refs.push(&mut v[0]);
    }
    println!("{}", refs.len());
}
