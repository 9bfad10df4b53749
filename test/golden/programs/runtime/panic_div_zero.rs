struct Guard(i32);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop guard {}", self.0);
    }
}

fn ratio(a: i32, b: i32) -> i32 {
    let _g = Guard(b);
    a / b
}

fn main() {
    let _g = Guard(-1);
    println!("{}", ratio(10, 3));
    println!("{}", 17 % 5);
    println!("{}", ratio(10, 0));
}
