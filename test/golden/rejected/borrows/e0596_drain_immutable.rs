fn main() {
    let v = vec![1, 2];
    let all: Vec<i32> = v.drain(..).collect();
    println!("{:?}", all);
}
