fn main() {
    let mut v = vec![1, 2, 3];
    for (i, x) in v.iter().enumerate() {
        if *x == 2 {
            v.remove(i);
        }
    }
}
