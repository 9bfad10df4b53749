fn main() {
    let items = vec![Some(1), None];
    for x in items.into_iter().flatten() {
        println!("{}", x);
    }
}
