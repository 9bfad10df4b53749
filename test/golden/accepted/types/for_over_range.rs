fn main() {
    let n = 5;
    for i in 0..n {
        println!("{}", i);
    }
}
