fn pick(v: &mut Vec<i32>) -> &i32 {
    if let Some(x) = v.first() {
        return x;
    }
    v.push(1);
    v.push(2);
    &v[0]
}
fn main() { let mut v = vec![]; println!("{}", pick(&mut v)); }
