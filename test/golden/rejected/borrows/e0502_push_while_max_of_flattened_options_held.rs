fn main() {
    let mut maybe = vec![Some(1), None, Some(3)];
    let biggest = maybe.iter().flatten().max();
    maybe.push(Some(9));
    println!("{:?}", biggest);
}
