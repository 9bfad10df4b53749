fn check(n: i32) -> Result<i32, String> {
    if n > 0 {
        return n;
    }
    Err(String::from("negative"))
}

fn main() {
    println!("{:?}", check(2));
}
