fn fill(out: &mut Vec<u8>) {
    let mut push = |b: u8| out.push(b);
    push(1);
    push(2);
    out.push(3);
}

fn main() {
    let mut v = Vec::new();
    fill(&mut v);
    println!("{:?}", v);
}
