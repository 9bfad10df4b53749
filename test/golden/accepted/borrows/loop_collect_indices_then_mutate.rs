fn main() {
    let mut v = vec![1, 2, 3, 4];
    let evens: Vec<usize> = v.iter().enumerate().filter(|(_, x)| *x % 2 == 0).map(|(i, _)| i).collect();
    for i in evens {
        v[i] = 0;
    }
    println!("{:?}", v);
}
