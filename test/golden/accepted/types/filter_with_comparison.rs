fn main() {
    let v = vec![1, 2, 3];
    let odd: Vec<&i32> = v.iter().filter(|x| *x % 2 == 1).collect();
    println!("{:?}", odd);
}
