// A user type implementing Iterator works with every adapter; IntoIterator for a collection.
struct Countdown {
    n: u32,
}
impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}
struct Fib {
    a: u64,
    b: u64,
}
impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<Self::Item> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}
fn main() {
    for x in (Countdown { n: 3 }) {
        print!("{} ", x);
    }
    println!();
    let v: Vec<u32> = Countdown { n: 5 }.filter(|x| x % 2 == 1).collect();
    println!("{:?}", v);
    let total: u32 = Countdown { n: 4 }.map(|x| x * 10).sum();
    println!("{}", total);
    let fibs: Vec<u64> = Fib { a: 0, b: 1 }.take(10).collect();
    println!("{:?}", fibs);
    let big = Fib { a: 0, b: 1 }.skip_while(|&x| x < 1000).next();
    println!("{:?}", big);
    let mut c = Countdown { n: 2 };
    println!("{:?} {:?} {:?}", c.next(), c.next(), c.next());
    let zipped: Vec<(u32, u64)> = Countdown { n: 3 }.zip(Fib { a: 5, b: 8 }).collect();
    println!("{:?}", zipped);
}
