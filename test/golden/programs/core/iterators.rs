// Iterator adapters are lazy; consumers drive them.
fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    let evens: Vec<i32> = v.iter().filter(|x| *x % 2 == 0).map(|x| x * 10).collect();
    println!("{:?}", evens);
    let lazy = v.iter().map(|x| {
        println!("  mapping {}", x);
        x + 1
    });
    println!("nothing mapped yet");
    let firsts: Vec<i32> = lazy.take(2).collect();
    println!("{:?}", firsts);
    println!("{}", v.iter().sum::<i32>());
    println!("{}", v.iter().product::<i32>());
    println!("{}", v.iter().count());
    println!("{}", v.iter().fold(0, |acc, x| acc + x * x));
    println!("{} {}", v.iter().any(|&x| x > 5), v.iter().all(|&x| x > 0));
    println!("{:?} {:?}", v.iter().find(|&&x| x > 3), v.iter().position(|&x| x == 4));
    println!("{:?} {:?}", v.iter().max(), v.iter().min());
    println!("{:?}", v.iter().last());
    for (i, x) in v.iter().enumerate().skip(4) {
        println!("{} -> {}", i, x);
    }
    let names = ["a", "b", "c"];
    let pairs: Vec<(i32, &str)> = v.iter().cloned().zip(names.iter().copied()).collect();
    println!("{:?}", pairs);
    let chained: Vec<i32> = (1..3).chain(7..9).collect();
    println!("{:?}", chained);
    let mut it = v.iter().peekable();
    while let Some(x) = it.next() {
        if let Some(&&next) = it.peek() {
            print!("{}<{} ", x, next);
        }
    }
    println!();
    let words = vec!["apple", "fig", "banana"];
    println!("{:?}", words.iter().max_by_key(|w| w.len()));
    println!("{:?}", words.iter().min_by_key(|w| w.len()));
    let squares: Vec<u32> = (1..=5).map(|x| x * x).rev().collect();
    println!("{:?}", squares);
    let flat: Vec<char> = words.iter().flat_map(|w| w.chars().take(2)).collect();
    println!("{:?}", flat);
    let (small, large): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x < 4);
    println!("{:?} {:?}", small, large);
    let s: String = vec!['h', 'i'].iter().collect();
    println!("{}", s);
    let total: u64 = (1..=10u64).filter(|n| n % 3 == 0).sum();
    println!("{}", total);
    println!("{:?}", (0..20).step_by(5).collect::<Vec<_>>());
    println!("{:?}", v.iter().skip_while(|&&x| x < 3).take_while(|&&x| x < 6).collect::<Vec<_>>());
}
