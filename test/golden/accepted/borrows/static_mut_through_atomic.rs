use std::sync::atomic::{AtomicU32, Ordering};

static LIMIT: AtomicU32 = AtomicU32::new(10);

fn main() {
    LIMIT.store(20, Ordering::SeqCst);
    println!("{}", LIMIT.load(Ordering::SeqCst));
}
