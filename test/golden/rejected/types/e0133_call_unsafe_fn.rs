unsafe fn double_raw(n: i32) -> i32 {
    n * 2
}

fn main() {
    let v = double_raw(21);
    println!("{v}");
}
