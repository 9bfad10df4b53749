fn main() {
    let mut v = vec![1, 2];
    let first = &v[0];
    if *first > 0 {
        println!("{}", first);
    } else {
        println!("none");
    }
    v.push(3);
}
