use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

static LIVE: AtomicUsize = AtomicUsize::new(0);

struct Task {
    id: u8,
    waits_for: Mutex<Option<Arc<Task>>>,
}

impl Drop for Task {
    fn drop(&mut self) {
        LIVE.fetch_sub(1, Ordering::SeqCst);
        println!("drop task {}", self.id);
    }
}

fn task(id: u8) -> Arc<Task> {
    LIVE.fetch_add(1, Ordering::SeqCst);
    Arc::new(Task { id, waits_for: Mutex::new(None) })
}

fn main() {
    let t1 = task(1);
    let t2 = task(2);
    let t3 = task(3);
    *t1.waits_for.lock().unwrap() = Some(Arc::clone(&t2));
    *t2.waits_for.lock().unwrap() = Some(Arc::clone(&t1));
    *t3.waits_for.lock().unwrap() = Some(Arc::clone(&t1));
    println!("t1 strong = {}", Arc::strong_count(&t1));
    drop(t3);
    println!("t1 strong = {}", Arc::strong_count(&t1));
    drop(t1);
    drop(t2);
    println!("live = {}", LIVE.load(Ordering::SeqCst));
}
