fn push_all(dst: &mut Vec<i32>, src: &[i32]) { dst.extend_from_slice(src); }
fn main() {
    let mut v = vec![1, 2];
    push_all(&mut v, &v);
}
