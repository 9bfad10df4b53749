fn call<F: Fn() -> usize>(f: F) -> usize {
    f()
}

fn main() {
    let text = String::from("abc");
    let n = call(|| {
        let mut t = text.clone();
        t.push('d');
        t.len()
    });
    println!("{} {}", n, text);
}
