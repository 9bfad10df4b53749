fn main() {
    let mut v = vec![1, 2, 3];
    let rest = v.iter().skip_while(|x| **x < 2);
    v[0] = 9;
    println!("{}", rest.count());
}
