fn main() {
    let last: i32;
    let mut n = 0;
    while n < 3 {
        n += 1;
    }
    println!("{}", last);
}
