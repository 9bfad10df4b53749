use std::sync::atomic::{AtomicUsize, Ordering};

static LIVE: AtomicUsize = AtomicUsize::new(0);

struct Buffer {
    data: Vec<u8>,
}

impl Buffer {
    fn new(n: usize) -> Buffer {
        LIVE.fetch_add(1, Ordering::SeqCst);
        Buffer { data: vec![0; n] }
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::SeqCst);
        println!("drop buffer of {}", self.data.len());
    }
}

fn main() {
    let a = Buffer::new(16);
    let b = Buffer::new(32);
    std::mem::forget(a);
    println!("forgot a, live = {}", LIVE.load(Ordering::SeqCst));
    let leaked: &'static mut Buffer = Box::leak(Box::new(Buffer::new(64)));
    leaked.data[0] = 1;
    println!("leaked box data[0] = {}, live = {}", leaked.data[0], LIVE.load(Ordering::SeqCst));
    drop(b);
    let s: &'static str = Box::leak(String::from("kept forever").into_boxed_str());
    println!("{}", s);
    println!("live at end = {}", LIVE.load(Ordering::SeqCst));
}
