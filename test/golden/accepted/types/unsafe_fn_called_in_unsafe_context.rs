unsafe fn double_raw(n: i32) -> i32 {
    n * 2
}

unsafe fn quadruple(n: i32) -> i32 {
    double_raw(double_raw(n))
}

struct Counter {
    hits: u32,
}

impl Counter {
    unsafe fn bump(&mut self) -> u32 {
        self.hits += 1;
        self.hits
    }
}

fn main() {
    let v = unsafe { double_raw(21) };
    let w = unsafe { quadruple(2) };
    let mut c = Counter { hits: 0 };
    let n = unsafe {
        let f = |x| double_raw(x);
        c.bump() + f(1) as u32
    };
    let f: unsafe fn(i32) -> i32 = double_raw;
    println!("{v} {w} {n} {}", unsafe { f(5) });
}
