fn main() {
    let v: Vec<i32>;
    let r = &v;
    println!("{:?}", r);
}
