fn main() {
    let o = Some(3);
    let v: Vec<i32> = o.iter().mapp(|x| x + 1).collect();
    println!("{:?}", v);
}
