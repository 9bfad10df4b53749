fn main() {
    let o = Some(3);
    let v: Vec<i32> = o.iter().map(|x| x + 1).collect();
    println!("{:?}", v);
}
