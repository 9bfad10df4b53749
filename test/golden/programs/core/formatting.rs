// Format specs: width, fill, alignment, sign, precision, radix, named and positional arguments.
#[derive(Debug)]
struct P {
    x: i32,
    y: f64,
}
fn main() {
    let pi = 3.14159265;
    println!("[{:8.3}] [{:<8.2}] [{:^8.1}] [{:>+8.0}]", pi, pi, pi, pi);
    println!("[{:5}] [{:<5}] [{:^5}] [{:>5}] [{:05}] [{:+}]", 42, 42, 42, 42, -42, 42);
    println!("[{:*^9}] [{:-<6}] [{:#>4}]", "mid", "ab", 7);
    println!("{:x} {:X} {:#x} {:o} {:b} {:#b} {:08b}", 255, 255, 255, 8, 5, 5, 5);
    println!("{:x} {:b}", -1i8, -2i16);
    println!("{0} {1} {0} {name} {name:?}", "a", "b", name = "n");
    let width = 7;
    let prec = 2;
    println!("[{:>width$.prec$}] [{:>1$}] [{:.*}]", 2.0f64 / 3.0, 6, 3, 1.23456);
    println!("{:?} {:?} {:?}", 1.0, 0.1 + 0.2, 1e21);
    println!("{} {} {}", 1.0, 1e-7, f64::MAX);
    println!("{:?} {:?}", f32::MIN_POSITIVE, 1.5e-10f64);
    println!("{:e} {:e} {:E}", 1234.5, 0.00012, 1e100);
    println!("{:?} {:?} {:?}", "quote\"tab\t", '\n', "é\u{0}");
    println!("{:?}", P { x: 1, y: -0.5 });
    println!("{:#?}", P { x: 2, y: 2.0 });
    println!("{:?} {:?}", (1, "two", 3.0), [Some(1), None]);
    println!("{:#?}", (1, [2, 3]));
    println!("{:6?}|{:<6?}|", Some(1), 2.5);
    println!("{{literal}} {}%", 50);
    let s = format!("{:>4}|{:<4}|", "ab", "cd");
    println!("{} {}", s, s.len());
    println!("{}", i128::MIN);
    println!("{:.3} {:.0} {:.1}", 0.0005, 2.5, 0.05);
}
