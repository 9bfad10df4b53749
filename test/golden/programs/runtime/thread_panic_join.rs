use std::thread;

struct Res(&'static str);

impl Drop for Res {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn work(n: i32) -> i32 {
    let _r = Res("work local");
    if n > 1 {
        panic!("n is too large: {}", n);
    }
    n
}

fn main() {
    let _m = Res("main local");
    let ok = thread::spawn(|| work(1)).join();
    println!("first join: {:?}", ok.is_ok());
    let handle = thread::spawn(|| {
        let _t = Res("thread local");
        work(5)
    });
    let result = handle.join();
    println!("second join is_err: {}", result.is_err());
    match result {
        Ok(v) => println!("value {}", v),
        Err(e) => println!("payload: {:?}", e.downcast_ref::<String>()),
    }
    println!("main continues");
}
