fn repeat(times: u32, mut step: impl FnMut(u32)) {
    for i in 0..times {
        step(i);
    }
}

fn main() {
    let greeting = String::from("hi");
    repeat(2, |i| {
        let owned = greeting;
        println!("{} {}", i, owned);
    });
}
