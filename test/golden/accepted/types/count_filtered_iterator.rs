fn main() {
    let v = vec![1, 2, 3];
    let n = v.iter().filter(|x| **x > 1).count();
    println!("{}", n);
}
