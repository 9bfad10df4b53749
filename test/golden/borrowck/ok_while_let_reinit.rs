// Moving out and re-initialising in every iteration, with `continue`.
fn main() {
    let mut buf = String::new();
    let mut lines = Vec::new();
    for i in 0..6 {
        if i % 2 == 0 {
            buf.push('x');
            continue;
        }
        lines.push(buf);
        buf = String::new();
    }
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        println!("{}", top);
    }
    println!("{:?} {} {:?}", lines, buf, stack);
}
