use std::thread;
fn main() {
    let mut results = vec![0; 4];
    let inputs = vec![1, 2, 3, 4];
    thread::scope(|s| {
        for (r, x) in results.iter_mut().zip(inputs.iter()) {
            s.spawn(move || *r = x * 2);
        }
    });
    let total = thread::scope(|s| {
        let h = s.spawn(|| inputs.iter().sum::<i32>());
        h.join().unwrap()
    });
    let label = String::from("t");
    let make = |k: i32| move || k + 1;
    let f = make(2);
    let g = {
        let step = 3;
        move |x: i32| x + step
    };
    let show = { let l = &label; move || l.len() };
    println!("{:?} {} {} {} {}", results, total, f(), g(1), show());
}
