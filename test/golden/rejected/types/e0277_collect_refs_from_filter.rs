fn positive(v: &[i32]) -> Vec<i32> {
    v.iter().filter(|x| **x > 0).collect()
}

fn main() {
    println!("{:?}", positive(&[1, -1]));
}
