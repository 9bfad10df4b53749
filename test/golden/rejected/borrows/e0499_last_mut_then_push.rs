fn main() {
    let mut data = vec![1, 2, 3];
    let last = data.last_mut();
    data.push(4);
    if let Some(l) = last { *l = 0; }
}
