fn double(n: i32) -> i64 {
    n as i64 * 2
}

fn main() {
    println!("{}", double(4));
}
