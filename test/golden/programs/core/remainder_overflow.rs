// A debug build checks `%` for the one remainder that overflows, `MIN % -1`, as it checks `/`;
// a positive divisor, a negative one and a negative dividend do not overflow.
fn rem(a: i32, b: i32) -> i32 {
    a % b
}
fn main() {
    println!("{}", rem(-7, 2));
    println!("{}", rem(7, -2));
    println!("{}", rem(-8, 2));
    println!("{}", rem(i32::MIN, 2));
    println!("{}", rem(i32::MAX, -1));
    let small: i8 = -128;
    println!("{}", small / 2 % 3);
    println!("{}", rem(i32::MIN, -1));
}
