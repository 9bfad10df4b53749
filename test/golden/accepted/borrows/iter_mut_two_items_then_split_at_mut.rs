fn main() {
    let mut v = vec![1, 2, 3];
    let total: i32 = v.iter().sum();
    v.push(total);
    let mut it = v.iter_mut();
    let a = it.next().unwrap();
    let b = it.next().unwrap();
    *a += 1;
    *b += 1;
    let (x, y) = v.split_at_mut(1);
    x[0] += y[0];
    println!("{:?}", v);
}
