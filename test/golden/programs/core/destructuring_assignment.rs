// Destructuring assignment and tuple returns.
fn min_max(v: &[i32]) -> (i32, i32) {
    let mut lo = v[0];
    let mut hi = v[0];
    for &x in v {
        if x < lo {
            lo = x;
        }
        if x > hi {
            hi = x;
        }
    }
    (lo, hi)
}
fn main() {
    let (lo, hi) = min_max(&[4, -2, 9, 0]);
    println!("{} {}", lo, hi);
    let mut a = 1;
    let mut b = 2;
    (a, b) = (b, a);
    println!("{} {}", a, b);
    let mut x = 0;
    let mut y = 0;
    for step in 1..=3 {
        (x, y) = (x + step, y - step);
    }
    println!("{} {}", x, y);
    let (mut fa, mut fb) = (0u64, 1u64);
    for _ in 0..10 {
        (fa, fb) = (fb, fa + fb);
    }
    println!("{}", fa);
    let t = (1, (2.5, "s"));
    let (i, (f, s)) = t;
    println!("{} {} {}", i, f, s);
}
