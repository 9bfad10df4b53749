fn main() {
    let a = vec![1, 2];
    let mut b = vec![3];
    let all: Vec<&i32> = a.iter().chain(b.iter()).collect();
    b.push(4);
    println!("{:?}", all);
}
