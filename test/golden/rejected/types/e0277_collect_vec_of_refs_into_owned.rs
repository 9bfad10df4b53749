fn main() {
    let v = vec![1, 2, 3];
    let copy: Vec<i32> = v.iter().collect();
    println!("{:?}", copy);
}
