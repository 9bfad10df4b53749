fn main() {
    let mut log = Vec::new();
    let mut a = || log.push("a");
    let mut b = || log.push("b");
    a();
    b();
}
