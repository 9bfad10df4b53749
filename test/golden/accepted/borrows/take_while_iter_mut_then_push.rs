fn main() {
    let mut v = vec![5, 4, 3];
    for x in v.iter_mut().take_while(|x| **x > 3) {
        *x += 1;
    }
    v.push(1);
    println!("{:?}", v);
}
