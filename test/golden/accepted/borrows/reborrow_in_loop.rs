fn add_all(v: &mut Vec<i32>) {
    for i in 0..3 {
        push_one(v, i);
    }
}

fn push_one(v: &mut Vec<i32>, n: i32) {
    v.push(n);
}

fn main() {
    let mut v = Vec::new();
    add_all(&mut v);
    println!("{:?}", v);
}
