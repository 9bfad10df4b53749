fn add(v: &mut Vec<i32>, n: i32) {
    v.push(n);
}

fn main() {
    let mut v = Vec::new();
    let r = &mut v;
    add(r, 1);
    add(r, 2);
    println!("{:?}", r);
}
