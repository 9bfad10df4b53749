// The checked, wrapping and saturating forms of `+`, `-` and `*` at the edges of each width:
// in range, one past it, and a product of a negative number and zero.
fn main() {
    let a: [i8; 5] = [0, -3, 100, -128, 127];
    for x in a {
        for y in [0i8, 1, -1, 2, 100] {
            println!("i8 {x} {y}: {:?} {:?} {:?} | {} {} {} | {} {} {}", x.checked_add(y), x.checked_sub(y), x.checked_mul(y),
                x.wrapping_add(y), x.wrapping_sub(y), x.wrapping_mul(y), x.saturating_add(y), x.saturating_sub(y), x.saturating_mul(y));
        }
    }
    let b: [u32; 4] = [0, 1, 65_536, u32::MAX];
    for x in b {
        for y in [0u32, 1, 65_536] {
            println!("u32 {x} {y}: {:?} {:?} {:?} | {} {} {} | {} {} {}", x.checked_add(y), x.checked_sub(y), x.checked_mul(y),
                x.wrapping_add(y), x.wrapping_sub(y), x.wrapping_mul(y), x.saturating_add(y), x.saturating_sub(y), x.saturating_mul(y));
        }
    }
    let c: [i64; 4] = [-5, 3_000_000_000, i64::MIN, i64::MAX];
    for x in c {
        for y in [0i64, -1, 3_000_000_000] {
            println!("i64 {x} {y}: {:?} {:?} {:?} | {} {} {} | {} {} {}", x.checked_add(y), x.checked_sub(y), x.checked_mul(y),
                x.wrapping_add(y), x.wrapping_sub(y), x.wrapping_mul(y), x.saturating_add(y), x.saturating_sub(y), x.saturating_mul(y));
        }
    }
    let d: [u64; 3] = [0, 4_294_967_296, u64::MAX];
    for x in d {
        for y in [1u64, 4_294_967_296] {
            println!("u64 {x} {y}: {:?} {:?} {:?} | {} {} {} | {} {} {}", x.checked_add(y), x.checked_sub(y), x.checked_mul(y),
                x.wrapping_add(y), x.wrapping_sub(y), x.wrapping_mul(y), x.saturating_add(y), x.saturating_sub(y), x.saturating_mul(y));
        }
    }
}
