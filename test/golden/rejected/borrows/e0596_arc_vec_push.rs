use std::sync::Arc;

fn main() {
    let shared = Arc::new(vec![1]);
    shared.push(2);
    println!("{:?}", shared);
}
