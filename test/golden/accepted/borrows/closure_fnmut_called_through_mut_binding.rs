fn main() {
    let mut seen = Vec::new();
    let mut note = |x: i32| {
        if x % 2 == 0 {
            seen.push(x);
        }
    };
    for i in 0..6 {
        note(i);
    }
    println!("{:?}", seen);
}
