fn main() {
    let items = vec![Some(1), None];
    for Some(x) in items {
        println!("{}", x);
    }
}
