// Integer types at their edges: u128, i8 wrapping, checked ops, leading zeros, parsing.
fn main() {
    let a: u128 = u128::MAX;
    println!("{}", a);
    println!("{}", a / 3);
    let b: i8 = -128;
    println!("{} {} {:?}", b.wrapping_neg(), b.wrapping_sub(1), b.checked_abs());
    println!("{} {}", (-7i32).abs(), (-7i32).signum());
    println!("{} {} {}", 0b1011u8.count_ones(), 1u32.leading_zeros(), 8u16.trailing_zeros());
    println!("{:?} {:?}", 250u8.checked_mul(2), 5u8.checked_sub(6));
    println!("{} {}", 100u8.saturating_sub(200), i32::MAX.saturating_add(1));
    println!("{:?}", "-42".parse::<i64>());
    println!("{:?}", "42".parse::<u8>());
    println!("{:?}", "  7".trim().parse::<u16>());
    println!("{:?} {:?}", "3.5".parse::<f64>(), "nan".parse::<f64>().map(|x| x.is_nan()));
    println!("{:?}", "true".parse::<bool>());
    println!("{} {}", u64::MAX.count_ones(), i64::MIN);
    println!("{}", 2u64.pow(63));
    println!("{}", 10i32.pow(9));
    println!("{} {}", 17 / 4 * 4 + 17 % 4, (17.0f64 / 4.0).floor());
    println!("{} {} {}", 7u32.is_power_of_two(), 16u32.is_power_of_two(), 5u32.next_power_of_two());
    println!("{} {}", (-17i32).div_euclid(5), (-17i32).rem_euclid(5));
    println!("{} {}", i16::MAX, u16::MAX as i16);
    println!("{:.4} {:.4} {}", std::f64::consts::PI, 2f64.ln(), 1e3);
    println!("{} {} {}", 0.1 + 0.2 == 0.3, (0.1f64 + 0.2 - 0.3).abs() < f64::EPSILON, f64::NAN == f64::NAN);
    println!("{} {}", 7.5f32.floor(), (-7.5f64).ceil());
    println!("{} {} {}", 9.99f64.trunc(), 2.5f64.fract(), 1f64.exp());
    println!("{}", 1u8.max(3).min(2));
}
