// A while loop whose body owns a vector each time round.
fn main() {
    let mut n = 0;
    while n < 3 {
        let v = vec![n; 2];
        n += v.len();
    }
    println!("{}", n);
}
