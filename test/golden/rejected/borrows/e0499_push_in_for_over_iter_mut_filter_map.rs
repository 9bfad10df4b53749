fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter_mut().filter_map(|x| if *x > 1 { Some(x) } else { None }) {
        *x += 1;
        v.push(0);
    }
    println!("{:?}", v);
}
