fn double(n: i32) -> i32 {
    n as i64 * 2
}

fn main() {
    println!("{}", double(4));
}
