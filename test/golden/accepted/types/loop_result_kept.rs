fn main() {
    let mut last = 0;
    for i in 0..3 {
        last = i;
    }
    println!("{}", last);
}
