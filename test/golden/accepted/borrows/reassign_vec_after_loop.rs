fn main() {
    let mut v = vec![1, 2];
    let mut last = 0;
    for x in &v {
        last = *x;
    }
    v = vec![last];
    println!("{:?}", v);
}
