fn depth_sum(n: u64) -> u64 {
    if n == 0 { 0 } else { n + depth_sum(n - 1) }
}

fn walk(n: u32, acc: &mut Vec<u32>) {
    if n > 0 {
        acc.push(n);
        walk(n - 1, acc);
    }
}

fn main() {
    println!("sum to 3000 = {}", depth_sum(3000));
    let mut v = Vec::new();
    walk(1500, &mut v);
    println!("walked {} frames, last {}", v.len(), v[v.len() - 1]);
    let h = std::thread::spawn(|| depth_sum(2500));
    println!("thread sum = {}", h.join().unwrap());
}
