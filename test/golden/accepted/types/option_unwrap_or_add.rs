fn main() {
    let maybe: Option<i32> = Some(5);
    let sum: i32 = maybe.unwrap_or(0) + 1;
    println!("{}", sum);
}
