fn main() {
    let v = vec![1, 2, 3];
    let s: Vec<String> = v.iter().map(|x| x + 1).collect::<Vec<i32>>();
    println!("{:?}", s);
}
