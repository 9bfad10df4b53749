fn reset(v: &mut Vec<i32>) -> Vec<i32> {
    std::mem::take(v)
}

fn main() {
    let mut v = vec![1];
    let old = reset(&mut v);
    println!("{:?} {:?}", old, v);
}
