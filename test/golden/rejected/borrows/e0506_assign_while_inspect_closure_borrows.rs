fn main() {
    let v = vec![1, 2, 3];
    let mut total = 0;
    let it = v.iter().inspect(|x| total += **x);
    total = 100;
    println!("{} {}", it.count(), total);
}
