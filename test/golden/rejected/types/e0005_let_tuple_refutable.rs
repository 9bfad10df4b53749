fn main() {
    let v: Vec<i32> = vec![1];
    let [first] = v.as_slice();
    println!("{}", first);
}
