// Integer and float arithmetic with Rust's semantics: truncating division, remainder sign, wrapping ops.
fn main() {
    let a = 17;
    let b = 5;
    println!("{} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
    println!("{} {}", -17 / 5, -17 % 5);
    let x: u8 = 250;
    println!("{:?} {:?}", x.checked_add(10), x.checked_add(5));
    println!("{} {}", x.wrapping_add(10), x.saturating_add(10));
    println!("{:?}", x.overflowing_add(10));
    let big: u64 = 18_446_744_073_709_551_615;
    println!("{} {}", big, big / 3);
    let m: i64 = i64::MIN;
    println!("{} {}", m, i64::MAX);
    let h: i128 = 170141183460469231731687303715884105727;
    println!("{}", h / 7);
    println!("{} {} {}", 2i32.pow(10), (-7i32).rem_euclid(3), 7u32.pow(2));
    println!("{} {} {}", 1 << 4, 0xff & 0x0f, 6 ^ 3);
    let f = 7.0 / 2.0;
    println!("{} {} {}", f, 1.0 / 3.0, 2.0f32 / 3.0);
    println!("{} {}", (2.5f64).round(), (-2.5f64).round());
    println!("{} {} {}", 10f64.sqrt(), 2f64.powi(10), 9f64.powf(0.5));
}
