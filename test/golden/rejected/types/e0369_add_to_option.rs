fn main() {
    let maybe: Option<i32> = Some(5);
    let sum: i32 = maybe + 1;
    println!("{}", sum);
}
