use std::thread;

fn main() {
    let h = thread::spawn(|| {
        panic!("worker failed");
    });
    let r: Result<(), _> = h.join();
    println!("worker failed: {}", r.is_err());
    let payload = r.unwrap_err();
    println!("payload is &str: {}", payload.downcast_ref::<&str>().copied().unwrap_or("?"));
    let v: Vec<i32> = vec![];
    let m = v.iter().max().unwrap();
    println!("{}", m);
}
