fn append(v: &Vec<i32>) {
    v.push(1);
}

fn main() {
    let mut v = vec![];
    append(&v);
    println!("{:?}", v);
}
