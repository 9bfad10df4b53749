// `as` casts truncate, sign-extend, saturate floats and map chars and bools.
fn main() {
    let a: i32 = -1;
    println!("{} {} {}", a as u8, a as u32, a as i64);
    let b: u16 = 300;
    println!("{} {}", b as u8, b as i8);
    println!("{} {} {}", 3.99f64 as i32, -3.99f64 as i32, 1e20 as i32);
    println!("{} {}", f64::NAN as u8, -5.0f64 as u8);
    println!("{} {}", 'A' as u8, 97u8 as char);
    println!("{} {}", true as i32, false as u8);
    println!("{}", 255u8 as i8);
    println!("{}", (1u64 << 40) as u32);
    println!("{}", 5 as f64 / 2.0);
}
