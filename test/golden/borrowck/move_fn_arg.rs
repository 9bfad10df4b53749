// Moving into a function argument; the second use of the same move is not reported again.
fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1, 2, 3];
    let n = consume(v);
    let first = v[0];
    println!("{} {}", n, first);
}
