fn keep(v: Vec<i32>) -> Vec<i32> {
    v
}

fn main() {
    let v = vec![1];
    let r = &v;
    let w = keep(v);
    println!("{:?} {:?}", r, w);
}
