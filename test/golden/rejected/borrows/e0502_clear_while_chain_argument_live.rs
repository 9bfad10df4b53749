fn main() {
    let mut a = vec![1, 2];
    let b = vec![3, 4];
    let both = b.iter().chain(a.iter());
    a.clear();
    println!("{}", both.count());
}
