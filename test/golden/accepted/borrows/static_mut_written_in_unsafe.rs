use std::sync::atomic::{AtomicU32, Ordering};

static LIMIT: u32 = 10;
static mut COUNT: u32 = 0;
static HITS: AtomicU32 = AtomicU32::new(0);

fn bump() -> u32 {
    unsafe {
        COUNT += 1;
        COUNT = COUNT * 2;
        COUNT
    }
}

fn main() {
    let mut limit = LIMIT + 1;
    limit += LIMIT;
    HITS.fetch_add(1, Ordering::SeqCst);
    let shared = &HITS;
    shared.fetch_add(1, Ordering::SeqCst);
    println!("{} {} {}", limit, bump(), HITS.load(Ordering::SeqCst));
}
