fn counters() -> Vec<Box<dyn FnMut() -> u32>> {
    let mut n = 0;
    vec![Box::new(|| {
        n += 1;
        n
    })]
}

fn main() {
    let mut cs = counters();
    println!("{}", cs[0]());
}
