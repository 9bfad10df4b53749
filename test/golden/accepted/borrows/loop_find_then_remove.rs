fn main() {
    let mut v = vec![1, 2, 3];
    if let Some(pos) = v.iter().position(|x| *x == 2) {
        v.remove(pos);
    }
    println!("{:?}", v);
}
