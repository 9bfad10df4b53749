fn call<F: Fn() -> usize>(f: F) -> usize {
    f()
}

fn main() {
    let mut text = String::from("abc");
    let n = call(|| {
        let t = &mut text;
        t.push('d');
        t.len()
    });
    println!("{}", n);
}
