// Fields of locals read, assigned and updated in place: through the struct itself, through one or
// two references, `(*r).f`, a tuple struct, a `Box` (the general place path), a field whose old
// value has its own `Drop`, a non-`Copy` field moved out, and an overflow in a field's `+=`.
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Point {
    x: i64,
    y: i64,
    small: u8,
}

struct Pair(u32, String);

struct Holder {
    count: u32,
    name: Loud,
}

struct Counter {
    n: u64,
}

impl Counter {
    fn bump(&mut self, by: u64) {
        self.n += by;
        self.n = self.n * 2 - by;
    }
    fn get(&self) -> u64 {
        self.n
    }
}

fn main() {
    let mut p = Point { x: 0, y: 0, small: 1 };
    for i in 0..5 {
        p.x += i;
        p.y = p.x - 1;
    }
    println!("{} {}", p.x, p.y);

    let q = &mut p;
    q.x += 5;
    q.y = q.x * 2;
    (*q).x -= 1;
    println!("{} {}", q.x, (*q).y);
    let qq = &mut &mut *q;
    qq.x += 100;
    println!("{}", qq.x);

    let mut w = Pair(7, String::from("a"));
    w.0 += 1;
    w.1 = String::from("b");
    let moved = w.1;
    println!("{} {}", w.0, moved);

    let mut h = Holder { count: 0, name: Loud("first") };
    h.count += 3;
    h.name = Loud("second");
    println!("count {}", h.count);

    let mut b = Box::new(Point { x: 1, y: 2, small: 0 });
    b.x += 10;
    b.y = b.x + b.y;
    println!("{} {}", b.x, b.y);

    let mut c = Counter { n: 1 };
    for i in 0..4 {
        c.bump(i);
    }
    let r = &mut c;
    r.bump(3);
    println!("{}", c.get());

    p.small += 200;
    println!("{}", p.small);
    p.small += 100;
    println!("unreachable {}", p.small);
}
