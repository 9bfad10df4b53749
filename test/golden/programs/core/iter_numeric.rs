// Numeric consumers: sums and products of several types, averages, empty iterators.
fn main() {
    let xs = [1.5f64, 2.25, -0.75];
    let s: f64 = xs.iter().sum();
    println!("{} {}", s, s / xs.len() as f64);
    let p: f64 = xs.iter().product();
    println!("{}", p);
    let empty: Vec<i32> = Vec::new();
    println!("{} {} {:?} {:?}", empty.iter().sum::<i32>(), empty.iter().product::<i32>(), empty.iter().max(), empty.iter().min());
    let fact: u64 = (1..=20).product();
    println!("{}", fact);
    let n = (1..=100).filter(|x| x % 7 == 0).count();
    println!("{}", n);
    let squares_sum: i64 = (1..=10i64).map(|x| x * x).sum();
    println!("{}", squares_sum);
    let maxf = xs.iter().cloned().fold(f64::MIN, f64::max);
    println!("{}", maxf);
    let avg = [3, 4, 5].iter().sum::<i32>() as f64 / 3.0;
    println!("{:.3}", avg);
    let joined = (1..=4).map(|x| x.to_string()).collect::<Vec<_>>().join("+");
    println!("{} = {}", joined, (1..=4).sum::<i32>());
    let min_by = xs.iter().min_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", min_by);
    println!("{:?}", (1..=5).reduce(|a, b| a * b));
}
