fn main() {
    let mut log = Vec::new();
    let mut a = || log.push(1);
    let mut b = || log.push(2);
    a();
    b();
}
