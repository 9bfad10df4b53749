fn main() {
    let words = vec![String::from("a"), String::from("bb")];
    let checks: Vec<Box<dyn Fn(usize) -> bool>> = words
        .iter()
        .map(|w| {
            let len = w.len();
            Box::new(|n: usize| n > len) as Box<dyn Fn(usize) -> bool>
        })
        .collect();
    println!("{}", checks[0](3));
}
