fn zero_first(v: &mut Vec<i32>) {
    v[0] = 0;
}

fn main() {
    let mut v = vec![1];
    zero_first(&mut v);
    println!("{:?}", v);
}
