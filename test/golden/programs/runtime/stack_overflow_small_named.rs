use std::thread;

fn count_down(n: u32) -> u32 {
    let scratch = [n; 256];
    if n == 0 {
        0
    } else {
        1 + count_down(n - 1) + scratch[0] - n
    }
}

fn main() {
    let ok = thread::Builder::new()
        .name(String::from("roomy"))
        .stack_size(1024 * 1024)
        .spawn(|| count_down(100))
        .unwrap()
        .join()
        .unwrap();
    println!("roomy thread counted {}", ok);
    println!("now a 64 KiB thread recursing 200 deep with 1 KiB frames");
    let small = thread::Builder::new()
        .name(String::from("tiny"))
        .stack_size(64 * 1024)
        .spawn(|| count_down(200))
        .unwrap();
    let r = small.join();
    println!("unreachable {:?}", r.is_ok());
}
