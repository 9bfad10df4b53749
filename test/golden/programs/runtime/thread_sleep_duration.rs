use std::thread;
use std::time::Duration;

fn main() {
    let handle = thread::spawn(|| {
        for i in 1..4 {
            println!("hi number {i} from the spawned thread!");
            thread::sleep(Duration::from_millis(1));
        }
    });
    handle.join().unwrap();
    for i in 1..3 {
        println!("hi number {i} from the main thread!");
        thread::sleep(Duration::from_millis(1));
    }
    let pause = Duration::from_millis(1500);
    println!("{:?} = {} s + {} ms", pause, pause.as_secs(), pause.subsec_millis());
    println!("{:?} {:?} {:?}", Duration::from_secs(3), Duration::from_micros(250), Duration::from_nanos(42));
    println!("{}", Duration::from_millis(5) < Duration::from_secs(1));
}
