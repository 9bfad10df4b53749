fn finish<F: FnOnce() -> usize>(f: F) -> usize {
    f()
}

fn main() {
    let report = String::from("done");
    let n = finish(|| {
        let owned = report;
        owned.len()
    });
    println!("{}", n);
}
