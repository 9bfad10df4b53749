fn main() {
    let v = vec![1, 2, 3];
    let mut total = 0;
    let n = v.iter().inspect(|x| total += **x).count();
    total += n as i32;
    println!("{}", total);
}
