// `retain_mut` keeps the elements as the closure left them; `lines` strips a `\r` only before a `\n`.
fn main() {
    let mut marks = vec![10u32, 55, 30, 80];
    marks.retain_mut(|m| {
        *m += 5;
        *m < 60
    });
    println!("{:?}", marks);
    let report = "one\r\ntwo\n\nthree\r";
    for (i, line) in report.lines().enumerate() {
        println!("{} {:?}", i, line);
    }
    let tail: Vec<&str> = "a\rb\r\n".lines().collect();
    println!("{:?}", tail);
    let ok = String::from_utf8(vec![0x68, 0xc3, 0xa9]).unwrap();
    println!("{} {}", ok, ok.len());
}
