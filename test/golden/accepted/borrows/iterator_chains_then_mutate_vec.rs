fn main() {
    let mut v = vec![1, 2, 3];
    let total: i32 = v.iter().map(|x| x * 2).sum();
    v.iter_mut().for_each(|x| *x += total);
    let firsts: Vec<i32> = v.iter().take(2).copied().collect();
    v.extend(firsts);
    let n = v.iter().filter(|x| **x > 3).count();
    v.truncate(n);
    let s: String = vec!["a", "b"].join(",");
    let parts: Vec<&str> = s.split(',').collect();
    let joined = parts.concat();
    println!("{:?} {}", v, joined);
}
