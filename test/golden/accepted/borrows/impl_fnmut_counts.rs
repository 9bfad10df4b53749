fn repeat(times: u32, mut step: impl FnMut(u32)) {
    for i in 0..times {
        step(i);
    }
}

fn main() {
    let mut sum = 0;
    repeat(3, |i| sum += i);
    println!("{}", sum);
}
