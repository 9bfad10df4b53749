fn add_check(checks: &mut Vec<Box<dyn Fn(usize) -> bool + '_>>, word: &str) {
    let len = word.len();
    checks.push(Box::new(|n: usize| n > len));
}

fn main() {
    let mut checks = Vec::new();
    add_check(&mut checks, "abc");
    println!("{}", checks[0](3));
}
