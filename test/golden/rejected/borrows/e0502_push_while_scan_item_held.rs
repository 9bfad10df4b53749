fn main() {
    let mut v = vec![String::from("x"), String::from("y")];
    let mut it = v.iter().scan(0, |n, s| {
        *n += 1;
        Some(s)
    });
    let first = it.next();
    v.push(String::from("z"));
    println!("{:?}", first);
}
