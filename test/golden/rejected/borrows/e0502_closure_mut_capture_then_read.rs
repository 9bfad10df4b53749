fn main() {
    let mut v = vec![1, 2];
    let mut add = || v.push(3);
    println!("{}", v.len());
    add();
}
