use std::thread;

fn main() {
    let builder = thread::Builder::new().name(String::from("calc")).stack_size(4 * 1024 * 1024);
    let handle = builder
        .spawn(|| {
            let me = thread::current();
            println!("running in {:?}", me.name());
            (1..=10).sum::<u32>()
        })
        .unwrap();
    println!("sum = {}", handle.join().unwrap());
    let main_name = thread::current().name().map(|s| s.to_string());
    println!("main is {:?}", main_name);
    let unnamed = thread::spawn(|| thread::current().name().is_none()).join().unwrap();
    println!("unnamed thread has no name: {}", unnamed);
}
