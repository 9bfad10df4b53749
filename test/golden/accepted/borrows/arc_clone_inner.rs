use std::sync::Arc;

fn main() {
    let a = Arc::new(vec![1, 2]);
    let v: Vec<i32> = (*a).clone();
    println!("{:?}", v);
}
