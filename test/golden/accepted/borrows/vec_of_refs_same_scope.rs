fn main() {
    let n = 5;
    let m = 6;
    let mut all: Vec<&i32> = Vec::new();
    all.push(&n);
    all.push(&m);
    println!("{:?}", all);
}
