fn main() {
    let v: Vec<i32> = vec![1];
    match v.as_slice() {
        [first] => println!("{}", first),
        _ => println!("other"),
    }
}
