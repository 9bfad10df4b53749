// A boxed expression tree with Display, evaluation by match, and assorted formatting.
use std::fmt;
#[derive(Debug, Clone, Copy, PartialEq)]
enum Op { Add, Mul }
#[derive(Debug, Clone)]
enum Expr { Num(i64), Bin(Box<Expr>, Op, Box<Expr>), Neg(Box<Expr>) }
impl Expr {
    fn eval(&self) -> i64 {
        match self {
            Expr::Num(n) => *n,
            Expr::Bin(l, Op::Add, r) => l.eval() + r.eval(),
            Expr::Bin(l, Op::Mul, r) => l.eval() * r.eval(),
            Expr::Neg(e) => -e.eval(),
        }
    }
}
impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expr::Num(n) => write!(f, "{}", n),
            Expr::Bin(l, op, r) => write!(f, "({} {} {})", l, if *op == Op::Add { "+" } else { "*" }, r),
            Expr::Neg(e) => write!(f, "-{}", e),
        }
    }
}
fn num(n: i64) -> Box<Expr> { Box::new(Expr::Num(n)) }
struct Counter { counts: [u32; 3] }
impl Counter {
    fn bump(&mut self, i: usize) -> u32 { self.counts[i] += 1; self.counts[i] }
}
fn main() {
    let e = Expr::Bin(num(2), Op::Mul, Box::new(Expr::Bin(num(3), Op::Add, Box::new(Expr::Neg(num(1))))));
    println!("{} = {}", e, e.eval());
    let e2 = e.clone();
    println!("{:?}", e2);
    let mut c = Counter { counts: [0; 3] };
    c.bump(1); c.bump(1);
    println!("{} {:?}", c.bump(2), c.counts);
    let v: Vec<u32> = Vec::with_capacity(0);
    println!("{} {}", v.len(), v.capacity());
    let tuple_vec = vec![(1, 'a'), (2, 'b')];
    let (nums, chars): (Vec<i32>, Vec<char>) = tuple_vec.into_iter().unzip();
    println!("{:?} {:?}", nums, chars);
    let mut sorted = vec![3.2, 1.5, 2.7];
    sorted.sort_by(|a, b| b.partial_cmp(a).unwrap());
    println!("{:?}", sorted);
    let s = format!("{:>8.3}|{:<+8.1}|{:^8}|", 3.14159, 2.0, "mid");
    println!("{}", s);
    let x = 255u8;
    println!("{:#010b} {:#06x} {:o}", x, x, x);
    let big = 1u64 << 40;
    println!("{}", big);
    let opt: Option<&str> = None;
    println!("{}", opt.map_or("none".to_string(), |s| s.to_uppercase()));
    let r: Result<u8, String> = "12".parse::<u8>().map_err(|e| e.to_string());
    println!("{:?}", r.and_then(|n| n.checked_mul(30).ok_or("overflow".to_string())));
}
