fn main() {
    let words = vec![String::from("a"), String::from("bb")];
    let longer: Vec<bool> = words
        .iter()
        .map(|w| {
            let len = w.len();
            let check = |n: usize| n > len;
            check(1)
        })
        .collect();
    let checks: Vec<Box<dyn Fn(usize) -> bool>> = words
        .iter()
        .map(|w| {
            let len = w.len();
            Box::new(move |n: usize| n > len) as Box<dyn Fn(usize) -> bool>
        })
        .collect();
    println!("{:?} {}", longer, checks[0](3));
}
