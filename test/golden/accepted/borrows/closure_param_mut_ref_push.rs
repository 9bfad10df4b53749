fn main() {
    let add = |v: &mut Vec<i32>| v.push(1);
    let mut v = vec![];
    add(&mut v);
    println!("{:?}", v);
}
