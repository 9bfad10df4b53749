fn main() {
    let mut v = vec![1, 2, 3];
    if let Some((first, rest)) = v.split_first_mut() {
        for x in rest.iter_mut() {
            *x += *first;
        }
    }
    println!("{:?}", v);
}
