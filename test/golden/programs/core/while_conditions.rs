// while loops with compound conditions, short-circuit evaluation and side effects in conditions.
fn check(label: &str, result: bool) -> bool {
    println!("  checking {}", label);
    result
}
fn main() {
    let mut n = 27u64;
    let mut steps = 0;
    while n != 1 && steps < 200 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    println!("collatz steps {}", steps);
    if check("a", false) && check("b", true) {
        println!("both");
    }
    if check("c", true) || check("d", true) {
        println!("either");
    }
    let v = vec![3, 5, 7, 8, 9];
    let mut i = 0;
    while i < v.len() && v[i] % 2 == 1 {
        i += 1;
    }
    println!("first even at {}", i);
    let mut count = 0;
    loop {
        count += 1;
        if count % 3 != 0 {
            continue;
        }
        if count > 10 {
            break;
        }
        print!("{} ", count);
    }
    println!();
}
