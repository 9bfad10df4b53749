fn main() {
    let v = vec![1, 2, 3];
    println!("{} {}", v.contains(&2), v.iter().any(|x| *x == 2));
}
