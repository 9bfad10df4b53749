fn main() {
    let divisors = [3, 2, 0];
    for d in divisors {
        println!("100 % {} = {}", d, 100 % d);
    }
}
