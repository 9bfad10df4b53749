fn main() {
    let mut v = vec![1, 2, 3];
    let big: Vec<&mut i32> = v.iter_mut().filter(|x| **x > 1).collect();
    v.push(4);
    println!("{}", big.len());
}
