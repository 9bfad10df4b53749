struct Counter {
    step: fn(u32) -> u32,
}

fn main() {
    let c = Counter { step: |n| n + 1 };
    println!("{}", (c.step)(1));
}
