fn main() {
    let add = |v: &Vec<i32>| v.push(1);
    let mut v = vec![];
    add(&v);
    println!("{:?}", v);
}
