fn zero_first(v: &Vec<i32>) {
    v[0] = 0;
}

fn main() {
    let mut v = vec![1];
    zero_first(&v);
    println!("{:?}", v);
}
